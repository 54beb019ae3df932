#include "quarantinesummary.h"

#include "quarantinereasons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

#include <functional>

namespace vigie {

namespace {

/// Item data of an "All …" entry: no key. A key is a QString (possibly empty: no device).
bool isAll(const QVariant &data)
{
    return !data.isValid();
}

/// Refills `combo` with `allText` then one entry per group, keeping the chosen key.
void fill(QComboBox *combo, const QString &allText, const QVector<QuarantineGroup> &groups,
          const std::function<QString(const QString &key, qint64 count)> &text)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText);
    bool found = isAll(chosen);
    for (const QuarantineGroup &g : groups) {
        combo->addItem(text(g.key, g.count), g.key);
        found |= !isAll(chosen) && chosen.toString() == g.key;
    }
    if (!found)
        combo->addItem(text(chosen.toString(), 0), chosen.toString());
    combo->setCurrentIndex(isAll(chosen) ? 0 : combo->findData(chosen.toString()));
}

} // namespace

QuarantineSummary::QuarantineSummary(QWidget *parent)
    : QWidget(parent)
    , m_reason(new QComboBox(this))
    , m_device(new QComboBox(this))
{
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_device->setObjectName(QStringLiteral("deviceFilter"));
    m_reason->setToolTip(tr("Messages in quarantine by reason: choose one to list only those"));
    m_device->setToolTip(tr("Messages in quarantine by device: choose one to list only those"));
    for (QComboBox *c : {m_reason, m_device}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, &QuarantineSummary::filterChanged);
    }
    setGroups({}, {});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reason);
    layout->addWidget(m_device);
}

void QuarantineSummary::setGroups(const QVector<QuarantineGroup> &byReason, const QVector<QuarantineGroup> &byDevice)
{
    m_total = 0;
    for (const QuarantineGroup &g : byReason)
        m_total += g.count;
    fill(m_reason, tr("All reasons (%1)").arg(m_total), byReason,
         [](const QString &key, qint64 count) {
             return QStringLiteral("%1 (%2)").arg(quarantineReasonLabel(key)).arg(count);
         });
    fill(m_device, tr("All devices (%1)").arg(m_total), byDevice, [](const QString &key, qint64 count) {
        return key.isEmpty() ? tr("No device (%1)").arg(count) : QStringLiteral("%1 (%2)").arg(key).arg(count);
    });
}

QuarantineFilter QuarantineSummary::filter() const
{
    QuarantineFilter f;
    if (const QVariant reason = m_reason->currentData(); !isAll(reason))
        f.reasonCode = reason.toString();
    if (const QVariant device = m_device->currentData(); !isAll(device))
        f.deviceId = device.toString().isNull() ? QStringLiteral("") : device.toString();
    return f;
}

} // namespace vigie
