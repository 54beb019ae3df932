#include "bindingdialog.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include <cmath>

namespace vigie {

/// The directory's assets as a list: "label · address · kind ref", searchable by every word.
class AssetListModel : public QAbstractListModel
{
public:
    static constexpr int SearchRole = Qt::UserRole + 1;

    explicit AssetListModel(AssetDirectoryPtr directory, QObject *parent)
        : QAbstractListModel(parent)
        , m_directory(std::move(directory))
    {
        // Built once: the proxy asks for it on every key stroke, for every asset.
        const int n = m_directory ? m_directory->size() : 0;
        m_search.reserve(n);
        for (int i = 0; i < n; ++i) {
            const AssetRecord &a = m_directory->at(i);
            m_search << QStringList{a.id, a.label, a.address, a.ref, kindName(a.kind)}.join(QLatin1Char(' ')).toCaseFolded();
        }
    }

    static QString kindName(AssetKind kind)
    {
        return kind == AssetKind::Streetlight ? BindingDialog::tr("Street light") : BindingDialog::tr("Waste container");
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_search.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_search.size())
            return {};
        const AssetRecord &a = m_directory->at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            QStringList parts{a.label.isEmpty() ? a.ref : a.label};
            if (!a.address.isEmpty())
                parts << a.address;
            parts << QStringLiteral("%1 %2").arg(kindName(a.kind), a.ref);
            return parts.join(QStringLiteral(" · "));
        }
        case Qt::ToolTipRole: return a.id;
        case SearchRole: return m_search.at(index.row());
        default: return {};
        }
    }

private:
    AssetDirectoryPtr m_directory;
    QStringList m_search;
};

namespace {

/// Keeps the assets whose search text holds every word typed, in any order and case.
class AssetFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString search = sourceModel()->index(row, 0, parent).data(AssetListModel::SearchRole).toString();
        for (const QString &w : m_words) {
            if (!search.contains(w))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

} // namespace

BindingDialog::BindingDialog(const QString &deviceId, AssetDirectoryPtr directory, std::optional<DeviceBinding> current,
                             qint64 quarantined, QWidget *parent)
    : QDialog(parent)
    , m_deviceId(normalizeDeviceId(deviceId))
    , m_directory(std::move(directory))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new AssetListModel(m_directory, this))
    , m_proxy(new AssetFilter(this))
    , m_chosen(new QLabel(this))
    , m_hasDepth(new QCheckBox(tr("Container &depth"), this))
    , m_depth(new QDoubleSpinBox(this))
    , m_reprocess(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Bind device %1").arg(m_deviceId));
    m_search->setObjectName(QStringLiteral("assetSearch"));
    m_search->setPlaceholderText(tr("Search the assets by id, label, address or reference"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_proxy->setSourceModel(m_model);
    m_list->setObjectName(QStringLiteral("assetList"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true); // tens of thousands of rows
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chosen->setObjectName(QStringLiteral("chosenAsset"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hasDepth->setObjectName(QStringLiteral("hasDepth"));
    m_hasDepth->setToolTip(tr("Distance from the sensor to the container's bottom: an ultrasonic sensor's distance "
                              "then gives the fill level. Waste containers only."));
    m_depth->setObjectName(QStringLiteral("depth"));
    m_depth->setRange(0.1, 10.0);
    m_depth->setDecimals(2);
    m_depth->setSingleStep(0.05);
    m_depth->setSuffix(tr(" m"));
    m_depth->setValue(defaultDepthM);
    m_reprocess->setObjectName(QStringLiteral("reprocessAfter"));
    m_reprocess->setText(tr("&Reprocess its %n quarantined message(s) once bound", nullptr, int(quarantined)));
    m_reprocess->setChecked(true);
    m_reprocess->setVisible(quarantined > 0);

    auto *device = new QLabel(tr("Device <b>%1</b>: choose the asset it measures.").arg(m_deviceId.toHtmlEscaped()), this);
    device->setTextFormat(Qt::RichText);
    auto *depthRow = new QHBoxLayout;
    depthRow->addWidget(m_hasDepth);
    depthRow->addWidget(m_depth);
    depthRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(device);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_chosen);
    layout->addLayout(depthRow);
    layout->addWidget(m_reprocess);
    layout->addWidget(m_buttons);
    resize(560, 480);

    connect(m_search, &QLineEdit::textChanged, this, &BindingDialog::searchChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &BindingDialog::selectionChanged);
    connect(m_hasDepth, &QCheckBox::toggled, this, &BindingDialog::selectionChanged);
    connect(m_list, &QListView::doubleClicked, this, [this] {
        if (selectedAsset() >= 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (current && m_directory) {
        const int index = m_directory->indexOf(current->assetId);
        if (index >= 0)
            m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(index)));
        if (current->hasDepth())
            m_depth->setValue(current->containerDepthM);
    }
    m_hasDepth->setChecked(!current || current->hasDepth());
    selectionChanged();
    m_search->setFocus();
}

BindingDialog::~BindingDialog() = default;

int BindingDialog::selectedAsset() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void BindingDialog::searchChanged(const QString &text)
{
    static_cast<AssetFilter *>(m_proxy)->setWords(text);
    // The first match is chosen, so typing then Enter binds.
    if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    selectionChanged();
}

void BindingDialog::selectionChanged()
{
    const int index = selectedAsset();
    const bool waste = index >= 0 && m_directory->at(index).kind == AssetKind::WasteContainer;
    m_hasDepth->setEnabled(waste);
    m_depth->setEnabled(waste && m_hasDepth->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(index >= 0);
    if (index < 0) {
        m_chosen->setText(tr("No asset chosen."));
        return;
    }
    const AssetRecord &a = m_directory->at(index);
    m_chosen->setText(tr("Asset: %1 (%2)").arg(a.label.isEmpty() ? a.ref : a.label, a.id));
}

DeviceBinding BindingDialog::binding() const
{
    DeviceBinding b;
    b.deviceId = m_deviceId;
    const int index = selectedAsset();
    if (index >= 0) {
        const AssetRecord &a = m_directory->at(index);
        b.assetId = a.id;
        if (a.kind == AssetKind::WasteContainer && m_hasDepth->isChecked())
            b.containerDepthM = m_depth->value();
    }
    b.origin = DeviceBinding::Origin::Operator;
    b.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    return b;
}

bool BindingDialog::reprocessAfter() const
{
    return !m_reprocess->isHidden() && m_reprocess->isChecked();
}

bool BindingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search line move in the list: type, arrow to the asset, Enter.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace vigie
