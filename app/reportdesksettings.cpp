#include "reportdesksettings.h"

#include "domain/settingschange.h"

#include <QSettings>

namespace vigie::appsettings {

namespace {

constexpr ReportState kStates[] = {ReportState::Received,  ReportState::Acknowledged, ReportState::Scheduled,
                                   ReportState::InProgress, ReportState::Blocked,     ReportState::Resolved,
                                   ReportState::Declined};
const QString kLangs[] = {QStringLiteral("fr"), QStringLiteral("en")};

} // namespace

ReportDeskSettings reports()
{
    QSettings s;
    ReportDeskSettings r;
    s.beginGroup(QStringLiteral("reports"));
    r.core.matchRadiusM = s.value(QStringLiteral("matchRadiusM"), r.core.matchRadiusM).toDouble();
    r.core.groupRadiusM = s.value(QStringLiteral("groupRadiusM"), r.core.groupRadiusM).toDouble();
    r.core.contactRetentionDays = s.value(QStringLiteral("contactRetentionDays"), r.core.contactRetentionDays).toInt();
    r.open311Enabled = s.value(QStringLiteral("open311/enabled"), r.open311Enabled).toBool();
    r.open311Address = s.value(QStringLiteral("open311/address"), r.open311Address).toString();
    r.open311Port = s.value(QStringLiteral("open311/port"), r.open311Port).toInt();
    for (const QString &lang : kLangs)
        for (ReportState state : kStates) {
            const QString text = s.value(QStringLiteral("templates/%1/%2").arg(lang, reportStateKey(state))).toString().trimmed();
            if (!text.isEmpty())
                r.templates.setText(state, lang, text);
        }
    s.endGroup();
    return r;
}

void saveReports(const ReportDeskSettings &r)
{
    QSettings s;
    s.beginGroup(QStringLiteral("reports"));
    s.setValue(QStringLiteral("matchRadiusM"), r.core.matchRadiusM);
    s.setValue(QStringLiteral("groupRadiusM"), r.core.groupRadiusM);
    s.setValue(QStringLiteral("contactRetentionDays"), r.core.contactRetentionDays);
    s.setValue(QStringLiteral("open311/enabled"), r.open311Enabled);
    s.setValue(QStringLiteral("open311/address"), r.open311Address);
    s.setValue(QStringLiteral("open311/port"), r.open311Port);
    // Only edited texts: a later default (a better wording) reaches the others.
    s.remove(QStringLiteral("templates"));
    const StatusTemplates defaults = StatusTemplates::defaults();
    for (const QString &lang : kLangs)
        for (ReportState state : kStates) {
            const QString text = r.templates.text(state, lang).trimmed();
            if (!text.isEmpty() && text != defaults.text(state, lang))
                s.setValue(QStringLiteral("templates/%1/%2").arg(lang, reportStateKey(state)), text);
        }
    s.endGroup();
}

} // namespace vigie::appsettings

namespace vigie {

namespace {

QJsonObject reportJson(const ReportDeskSettings &s)
{
    const ReportSettings &c = s.core;
    return {{QStringLiteral("core"), QJsonObject{{QStringLiteral("matchRadiusM"), c.matchRadiusM},
                                                 {QStringLiteral("groupRadiusM"), c.groupRadiusM},
                                                 {QStringLiteral("contactRetentionDays"), c.contactRetentionDays},
                                                 {QStringLiteral("maxDescriptionChars"), c.maxDescriptionChars},
                                                 {QStringLiteral("maxBodyBytes"), double(c.maxBodyBytes)},
                                                 {QStringLiteral("ratePerMinute"), c.ratePerMinute},
                                                 {QStringLiteral("jurisdictionId"), c.jurisdictionId}}},
            {QStringLiteral("open311Enabled"), s.open311Enabled},
            {QStringLiteral("open311Address"), s.open311Address},
            {QStringLiteral("open311Port"), s.open311Port},
            {QStringLiteral("templates"), s.templates.toJson()}};
}

} // namespace

QJsonObject reportSettingsChange(const ReportDeskSettings &before, const ReportDeskSettings &after, int apiKeysAdded,
                                 int apiKeysRevoked)
{
    QJsonObject change = settingsChange(reportJson(before), reportJson(after));
    if (apiKeysAdded > 0)
        change.insert(QStringLiteral("apiKeysAdded"), apiKeysAdded);
    if (apiKeysRevoked > 0)
        change.insert(QStringLiteral("apiKeysRevoked"), apiKeysRevoked);
    return change;
}

} // namespace vigie
