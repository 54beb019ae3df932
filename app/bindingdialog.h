#pragma once

#include "domain/assetdirectory.h"
#include "domain/devicebinding.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace vigie {

class AssetListModel;

/// \brief Binds a device to an asset of the loaded city: the supervisor searches the assets
/// by id, label, address or source reference, picks one and, for a waste container, gives
/// the container's depth (sensor to bottom) so its distances become fill levels.
///
/// Only builds the DeviceBinding (origin Operator): the caller saves it
/// (IngestService::saveBinding). Reads nothing from disk; the directory is shared, not
/// copied. GUI thread.
class BindingDialog : public QDialog
{
    Q_OBJECT
public:
    /// The depth proposed for a waste container with no known depth, in metres.
    static constexpr double defaultDepthM = 1.5;

    /// `deviceId` as the payload named it; `current` is its binding in force, if any, which
    /// preselects the asset and depth. `quarantined`: its messages in quarantine (shown
    /// on the reprocess check box; 0 hides it).
    BindingDialog(const QString &deviceId, AssetDirectoryPtr directory, std::optional<DeviceBinding> current,
                  qint64 quarantined, QWidget *parent = nullptr);
    ~BindingDialog() override;

    /// The binding chosen: device id normalized, the selected asset, the depth (NaN when
    /// unchecked or not a waste container), origin Operator, updated now. Meaningful once
    /// accepted.
    DeviceBinding binding() const;
    /// Whether the device's quarantined messages should be read again once it is bound.
    bool reprocessAfter() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Directory index of the selected asset, or -1.
    int selectedAsset() const;
    void searchChanged(const QString &text);
    void selectionChanged();

    QString m_deviceId;
    AssetDirectoryPtr m_directory;
    QLineEdit *m_search;
    QListView *m_list;
    AssetListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_chosen;
    QCheckBox *m_hasDepth;
    QDoubleSpinBox *m_depth;
    QCheckBox *m_reprocess;
    QDialogButtonBox *m_buttons;
};

} // namespace vigie
