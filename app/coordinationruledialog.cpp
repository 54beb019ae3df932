#include "coordinationruledialog.h"

#include "coordinationmodel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie {

namespace {

constexpr double kHourMs = 3600.0 * 1000.0;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString key(const char *name)
{
    return QStringLiteral("coordination/rules/") + QLatin1String(name);
}

QDoubleSpinBox *metres(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1000);
    box->setDecimals(0);
    box->setSuffix(QCoreApplication::translate("vigie::CoordinationRuleDialog", " m"));
    box->setValue(value);
    return box;
}

QDoubleSpinBox *hours(qint64 ms, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 24 * 30);
    box->setDecimals(1);
    box->setSuffix(QCoreApplication::translate("vigie::CoordinationRuleDialog", " h"));
    box->setValue(double(ms) / kHourMs);
    return box;
}

} // namespace

namespace coordinationsettings {

CoordinationSettings load()
{
    QSettings s;
    CoordinationSettings c;
    c.horizonMs = s.value(key("horizonMs"), c.horizonMs).toLongLong();
    c.round.enabled = s.value(key("round/enabled"), c.round.enabled).toBool();
    c.round.includeRestricting = s.value(key("round/includeRestricting"), c.round.includeRestricting).toBool();
    c.round.containerAccessM = s.value(key("round/containerAccessM"), c.round.containerAccessM).toDouble();
    c.cableCut.enabled = s.value(key("cableCut/enabled"), c.cableCut.enabled).toBool();
    c.cableCut.minLamps = s.value(key("cableCut/minLamps"), c.cableCut.minLamps).toInt();
    c.cableCut.distanceM = s.value(key("cableCut/distanceM"), c.cableCut.distanceM).toDouble();
    c.cableCut.afterStartMs = s.value(key("cableCut/afterStartMs"), c.cableCut.afterStartMs).toLongLong();
    c.overflow.enabled = s.value(key("overflow/enabled"), c.overflow.enabled).toBool();
    c.overflow.accessM = s.value(key("overflow/accessM"), c.overflow.accessM).toDouble();
    c.overflow.blockingOnly = s.value(key("overflow/blockingOnly"), c.overflow.blockingOnly).toBool();
    c.combine.enabled = s.value(key("combine/enabled"), c.combine.enabled).toBool();
    c.combine.distanceM = s.value(key("combine/distanceM"), c.combine.distanceM).toDouble();
    c.combine.slackMs = s.value(key("combine/slackMs"), c.combine.slackMs).toLongLong();
    c.lighting.enabled = s.value(key("lighting/enabled"), c.lighting.enabled).toBool();
    c.lighting.perimeterM = s.value(key("lighting/perimeterM"), c.lighting.perimeterM).toDouble();
    c.lighting.minLamps = s.value(key("lighting/minLamps"), c.lighting.minLamps).toInt();
    return c;
}

void save(const CoordinationSettings &c)
{
    QSettings s;
    s.setValue(key("horizonMs"), c.horizonMs);
    s.setValue(key("round/enabled"), c.round.enabled);
    s.setValue(key("round/includeRestricting"), c.round.includeRestricting);
    s.setValue(key("round/containerAccessM"), c.round.containerAccessM);
    s.setValue(key("cableCut/enabled"), c.cableCut.enabled);
    s.setValue(key("cableCut/minLamps"), c.cableCut.minLamps);
    s.setValue(key("cableCut/distanceM"), c.cableCut.distanceM);
    s.setValue(key("cableCut/afterStartMs"), c.cableCut.afterStartMs);
    s.setValue(key("overflow/enabled"), c.overflow.enabled);
    s.setValue(key("overflow/accessM"), c.overflow.accessM);
    s.setValue(key("overflow/blockingOnly"), c.overflow.blockingOnly);
    s.setValue(key("combine/enabled"), c.combine.enabled);
    s.setValue(key("combine/distanceM"), c.combine.distanceM);
    s.setValue(key("combine/slackMs"), c.combine.slackMs);
    s.setValue(key("lighting/enabled"), c.lighting.enabled);
    s.setValue(key("lighting/perimeterM"), c.lighting.perimeterM);
    s.setValue(key("lighting/minLamps"), c.lighting.minLamps);
}

} // namespace coordinationsettings

CoordinationRuleDialog::CoordinationRuleDialog(const CoordinationSettings &c, QWidget *parent)
    : QDialog(parent)
    , m_base(c)
{
    setWindowTitle(tr("Coordination rules"));
    setObjectName(QStringLiteral("coordinationRuleDialog"));
    auto *layout = new QVBoxLayout(this);
    auto group = [&](CoordinationKind kind, bool enabled, QCheckBox **check) {
        auto *box = new QGroupBox(CoordinationModel::kindName(kind), this);
        auto *form = new QFormLayout(box);
        *check = new QCheckBox(tr("Enabled"), box);
        (*check)->setChecked(enabled);
        form->addRow(*check);
        layout->addWidget(box);
        return form;
    };

    auto *general = new QFormLayout;
    m_horizonDays = new QSpinBox(this);
    m_horizonDays->setRange(1, 90);
    m_horizonDays->setSuffix(tr(" days"));
    m_horizonDays->setValue(int(std::max<qint64>(1, c.horizonMs / kDayMs)));
    general->addRow(tr("Look ahead"), m_horizonDays);
    layout->addLayout(general);

    QFormLayout *f = group(CoordinationKind::RoundBlocked, c.round.enabled, &m_round);
    m_roundRestricting = new QCheckBox(tr("Also restricted and one-way streets"), this);
    m_roundRestricting->setChecked(c.round.includeRestricting);
    f->addRow(m_roundRestricting);
    m_roundAccess = metres(c.round.containerAccessM, this);
    f->addRow(tr("Container cut off within"), m_roundAccess);

    f = group(CoordinationKind::SuspectedCableCut, c.cableCut.enabled, &m_cable);
    m_cableLamps = new QSpinBox(this);
    m_cableLamps->setObjectName(QStringLiteral("cableCutMinLamps"));
    m_cableLamps->setRange(1, 100);
    m_cableLamps->setValue(c.cableCut.minLamps);
    f->addRow(tr("Dark lamps at least"), m_cableLamps);
    m_cableDistance = metres(c.cableCut.distanceM, this);
    f->addRow(tr("Within"), m_cableDistance);
    m_cableAfterHours = hours(c.cableCut.afterStartMs, this);
    f->addRow(tr("Gone dark after the works started, within"), m_cableAfterHours);

    f = group(CoordinationKind::OverflowBehindWorks, c.overflow.enabled, &m_overflow);
    m_overflowAccess = metres(c.overflow.accessM, this);
    f->addRow(tr("Container behind works within"), m_overflowAccess);
    m_overflowBlocking = new QCheckBox(tr("Only closed streets and dead ends"), this);
    m_overflowBlocking->setChecked(c.overflow.blockingOnly);
    f->addRow(m_overflowBlocking);

    f = group(CoordinationKind::CombineIntervention, c.combine.enabled, &m_combine);
    m_combineDistance = metres(c.combine.distanceM, this);
    f->addRow(tr("Intervention within"), m_combineDistance);
    m_combineSlackHours = hours(c.combine.slackMs, this);
    f->addRow(tr("Time slack"), m_combineSlackHours);

    f = group(CoordinationKind::LightingForSafety, c.lighting.enabled, &m_lighting);
    m_lightingPerimeter = metres(c.lighting.perimeterM, this);
    f->addRow(tr("Lamps within the perimeter by"), m_lightingPerimeter);
    m_lightingLamps = new QSpinBox(this);
    m_lightingLamps->setRange(1, 100);
    m_lightingLamps->setValue(c.lighting.minLamps);
    f->addRow(tr("Dark lamps at least"), m_lightingLamps);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const CoordinationSettings d;
        m_horizonDays->setValue(int(d.horizonMs / kDayMs));
        m_round->setChecked(d.round.enabled);
        m_roundRestricting->setChecked(d.round.includeRestricting);
        m_roundAccess->setValue(d.round.containerAccessM);
        m_cable->setChecked(d.cableCut.enabled);
        m_cableLamps->setValue(d.cableCut.minLamps);
        m_cableDistance->setValue(d.cableCut.distanceM);
        m_cableAfterHours->setValue(double(d.cableCut.afterStartMs) / kHourMs);
        m_overflow->setChecked(d.overflow.enabled);
        m_overflowAccess->setValue(d.overflow.accessM);
        m_overflowBlocking->setChecked(d.overflow.blockingOnly);
        m_combine->setChecked(d.combine.enabled);
        m_combineDistance->setValue(d.combine.distanceM);
        m_combineSlackHours->setValue(double(d.combine.slackMs) / kHourMs);
        m_lighting->setChecked(d.lighting.enabled);
        m_lightingPerimeter->setValue(d.lighting.perimeterM);
        m_lightingLamps->setValue(d.lighting.minLamps);
    });
    layout->addWidget(buttons);
}

CoordinationSettings CoordinationRuleDialog::settings() const
{
    CoordinationSettings c = m_base;
    c.horizonMs = qint64(m_horizonDays->value()) * kDayMs;
    c.round.enabled = m_round->isChecked();
    c.round.includeRestricting = m_roundRestricting->isChecked();
    c.round.containerAccessM = m_roundAccess->value();
    c.cableCut.enabled = m_cable->isChecked();
    c.cableCut.minLamps = m_cableLamps->value();
    c.cableCut.distanceM = m_cableDistance->value();
    c.cableCut.afterStartMs = qint64(m_cableAfterHours->value() * kHourMs);
    c.overflow.enabled = m_overflow->isChecked();
    c.overflow.accessM = m_overflowAccess->value();
    c.overflow.blockingOnly = m_overflowBlocking->isChecked();
    c.combine.enabled = m_combine->isChecked();
    c.combine.distanceM = m_combineDistance->value();
    c.combine.slackMs = qint64(m_combineSlackHours->value() * kHourMs);
    c.lighting.enabled = m_lighting->isChecked();
    c.lighting.perimeterM = m_lightingPerimeter->value();
    c.lighting.minLamps = m_lightingLamps->value();
    return c;
}

} // namespace vigie
