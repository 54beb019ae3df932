#include "statustemplates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace vigie {

namespace {

const QStringList kLangs = {QStringLiteral("fr"), QStringLiteral("en")};
constexpr int kStateCount = int(ReportState::Declined) + 1;
constexpr qsizetype kMaxChars = 500;

QString key(ReportState state, const QString &lang) { return lang + QLatin1Char('/') + reportStateKey(state); }

} // namespace

StatusTemplates StatusTemplates::defaults()
{
    StatusTemplates t;
    const auto fr = QStringLiteral("fr");
    const auto en = QStringLiteral("en");
    t.setText(ReportState::Received, fr, QStringLiteral("Votre signalement « {service} » a bien été reçu. Merci."));
    t.setText(ReportState::Received, en, QStringLiteral("Your report \"{service}\" has been received. Thank you."));
    t.setText(ReportState::Acknowledged, fr, QStringLiteral("Votre signalement « {service} » ({address}) a été pris en compte ; une intervention est prévue."));
    t.setText(ReportState::Acknowledged, en, QStringLiteral("Your report \"{service}\" ({address}) has been acknowledged; work is planned."));
    t.setText(ReportState::Scheduled, fr, QStringLiteral("Une équipe a été désignée pour « {service} » ({address})."));
    t.setText(ReportState::Scheduled, en, QStringLiteral("A crew has been assigned to \"{service}\" ({address})."));
    t.setText(ReportState::InProgress, fr, QStringLiteral("Une équipe intervient sur « {service} » ({address})."));
    t.setText(ReportState::InProgress, en, QStringLiteral("A crew is working on \"{service}\" ({address})."));
    t.setText(ReportState::Blocked, fr, QStringLiteral("L'intervention sur « {service} » est retardée : {reason}"));
    t.setText(ReportState::Blocked, en, QStringLiteral("Work on \"{service}\" is delayed: {reason}"));
    t.setText(ReportState::Resolved, fr, QStringLiteral("Le problème « {service} » ({address}) a été traité le {date}. Merci de votre signalement."));
    t.setText(ReportState::Resolved, en, QStringLiteral("The problem \"{service}\" ({address}) was fixed on {date}. Thank you for reporting it."));
    t.setText(ReportState::Declined, fr, QStringLiteral("Votre signalement « {service} » ne donnera pas lieu à une intervention."));
    t.setText(ReportState::Declined, en, QStringLiteral("Your report \"{service}\" will not lead to any work."));
    return t;
}

Result<StatusTemplates> StatusTemplates::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("templatesUnreadable"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("templatesSyntax"), QStringLiteral("%1: %2").arg(path, parseError.errorString())};
    StatusTemplates t = defaults();
    const QJsonObject root = doc.object();
    for (auto lang = root.begin(); lang != root.end(); ++lang) {
        if (!kLangs.contains(lang.key()))
            return Error{QStringLiteral("templatesInvalid"), QStringLiteral("%1: unknown language %2").arg(path, elide(lang.key(), 20))};
        const QJsonObject states = lang.value().toObject();
        for (auto s = states.begin(); s != states.end(); ++s) {
            ReportState state;
            if (!reportStateFromKey(s.key(), &state))
                return Error{QStringLiteral("templatesInvalid"), QStringLiteral("%1: unknown state %2").arg(path, elide(s.key(), 40))};
            t.setText(state, lang.key(), s.value().toString());
        }
    }
    return t;
}

QJsonObject StatusTemplates::toJson() const
{
    QJsonObject root;
    for (const QString &lang : kLangs) {
        QJsonObject states;
        for (int i = 0; i < kStateCount; ++i)
            states.insert(reportStateKey(ReportState(i)), text(ReportState(i), lang));
        root.insert(lang, states);
    }
    return root;
}

Status StatusTemplates::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0 || !file.commit())
        return Error{QStringLiteral("templatesWrite"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QString StatusTemplates::text(ReportState state, const QString &lang) const
{
    const QString t = m_texts.value(key(state, lang));
    return t.isEmpty() ? m_texts.value(key(state, QStringLiteral("fr"))) : t;
}

void StatusTemplates::setText(ReportState state, const QString &lang, const QString &text)
{
    m_texts.insert(key(state, lang), text);
}

QString StatusTemplates::render(ReportState state, const QString &lang, const QString &service,
                                const QString &address, const QString &date, const QString &reason) const
{
    QString out = text(state, lang);
    // One pass, so a placeholder inside a substituted value is never expanded again.
    QString result;
    result.reserve(out.size() + 64);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('{')) {
            const qsizetype end = out.indexOf(QLatin1Char('}'), i);
            if (end > i) {
                const QStringView name = QStringView(out).mid(i + 1, end - i - 1);
                const QString *value = nullptr;
                const QString dash = QStringLiteral("—");
                const QString addr = address.isEmpty() ? dash : address;
                const QString why = reason.isEmpty() ? dash : reason;
                if (name == u"service") value = &service;
                else if (name == u"address") value = &addr;
                else if (name == u"date") value = &date;
                else if (name == u"reason") value = &why;
                if (value) {
                    result += *value;
                    i = end;
                    continue;
                }
            }
        }
        result += out.at(i);
    }
    return elide(result, kMaxChars);
}

} // namespace vigie
