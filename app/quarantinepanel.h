#pragma once

#include "storage/store.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace vigie {

/// \brief The quarantine: the newest refused messages with their reason, and the raw
/// payload of the selected one, as received.
///
/// Read from the store on a worker thread, when shown and whenever the count moves (at most
/// every two seconds). GUI thread.
class QuarantinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuarantinePanel(QWidget *parent = nullptr);
    ~QuarantinePanel() override;

    void setStorePath(const QString &path);

public slots:
    /// The quarantine count changed: re-read when convenient.
    void quarantineChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void loaded();
    void showPayload();

    QString m_storePath;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QPlainTextEdit *m_payload;
    QVector<QuarantinedMessage> m_rows;
    QTimer m_throttle;
    QFutureWatcher<QVector<QuarantinedMessage>> *m_watcher;
};

/// The payload as text for people: UTF-8 where valid, bytes that are not as \xNN escapes.
QString payloadForDisplay(const QByteArray &payload, int maxChars = 20000);

} // namespace vigie
