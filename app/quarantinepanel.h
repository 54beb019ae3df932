#pragma once

#include "domain/assetdirectory.h"
#include "domain/devicebinding.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace vigie {

class IngestService;
class QuarantineModel;
class QuarantineSummary;
struct QuarantinePayload;
struct QuarantineSnapshot;

/// \brief The Quarantine dock: the newest refused messages with their reason, device, topic
/// and time, counted by reason and by device (filters), the payload of the selected one as
/// received, and what a supervisor does about them: bind the device to an asset, read
/// messages again through the current routes and bindings.
///
/// Every store read runs on a worker thread: the list (metadata and payload sizes only,
/// at most 500 rows) when shown, when the filters change and whenever the count moves (at
/// most every two seconds) or a reprocessing is committed; the payload of the current row
/// only, when it becomes current. Actions (toolbar, context menu, shortcuts while the panel
/// has focus): Bind device… (Ctrl+B), Reprocess selected (Ctrl+R), Refresh (F5). They need
/// a running IngestService (setIngest()). GUI thread.
class QuarantinePanel : public QWidget
{
    Q_OBJECT
public:
    /// Rows listed at most (the newest the filters select).
    static constexpr int listLimit = 500;

    explicit QuarantinePanel(QWidget *parent = nullptr);
    ~QuarantinePanel() override;

    /// The city's database; empty clears the list.
    void setStorePath(const QString &path);
    /// The running ingest (not owned; null: the actions are disabled) and the city's assets,
    /// among which devices are bound. Call again with null before the service is destroyed.
    void setIngest(IngestService *ingest, AssetDirectoryPtr directory);

    QAction *bindAction() const { return m_bindAction; }
    QAction *reprocessAction() const { return m_reprocessAction; }
    QAction *refreshAction() const { return m_refreshAction; }

public slots:
    /// The quarantine count changed: re-read when convenient.
    void quarantineChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void loaded();
    void requestPayload();
    void payloadLoaded();
    void updateActions();
    /// Ids of the selected rows.
    QVector<qint64> selectedIds() const;
    void bindSelected();
    void saveBinding(const DeviceBinding &binding, bool reprocess);
    void bindingSaved(const QString &deviceId, const QString &error);
    /// Reads the ids of every quarantined message of the device (normalized id) on a
    /// worker, then reprocesses them.
    void reprocessDevice(const QString &deviceId);
    void reprocess(const QVector<qint64> &ids);
    void reprocessed(qint64 messages);
    void setStatus(const QString &text);

    QString m_storePath;
    QPointer<IngestService> m_ingest;
    AssetDirectoryPtr m_directory;
    QuarantineSummary *m_summary;
    QTableView *m_table;
    QuarantineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPlainTextEdit *m_payload;
    QLabel *m_status;    ///< Outcome of the last action.
    QLabel *m_limitNote; ///< Shown when the list is cut at listLimit.
    QAction *m_bindAction;
    QAction *m_reprocessAction;
    QAction *m_refreshAction;
    QTimer m_throttle;
    QFutureWatcher<QuarantineSnapshot> *m_watcher;
    bool m_reloadAgain = false;          ///< Asked while a read was running.
    bool m_sized = false;                ///< Columns fitted to the first rows.
    QHash<QString, DeviceBinding> m_bindings; ///< The store's, from the last read.
    QHash<QString, qint64> m_deviceCounts;    ///< Quarantined messages by device, last read.
    QFutureWatcher<QuarantinePayload> *m_payloadWatcher;
    qint64 m_payloadShown = -1;          ///< Message whose payload the pane shows or loads.
    QHash<QString, bool> m_savingBindings; ///< Device → reprocess once saved.
    qint64 m_reprocessing = 0;           ///< Messages sent to reprocess, not committed yet.
};

/// The payload as text for people: UTF-8 where valid, bytes that are not as \xNN escapes.
QString payloadForDisplay(const QByteArray &payload, int maxChars = 20000);

} // namespace vigie
