#include "servicecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vigie {

QString ServiceDefinition::name(const QString &lang) const
{
    if (lang == QLatin1String("en"))
        return nameEn.isEmpty() ? nameFr : nameEn;
    return nameFr.isEmpty() ? nameEn : nameFr;
}

QString ServiceDefinition::description(const QString &lang) const
{
    if (lang == QLatin1String("en"))
        return descriptionEn.isEmpty() ? descriptionFr : descriptionEn;
    return descriptionFr.isEmpty() ? descriptionEn : descriptionFr;
}

const ServiceDefinition *ServiceCatalog::find(const QString &code) const
{
    for (const ServiceDefinition &s : m_services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QHash<QString, QString> ServiceCatalog::aliasMap() const
{
    QHash<QString, QString> map;
    for (const ServiceDefinition &s : m_services) {
        map.insert(s.code.toLower(), s.code);
        for (const QString &a : s.aliases)
            map.insert(a.trimmed().toLower(), s.code);
    }
    return map;
}

Result<ServiceCatalog> ServiceCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("servicesUnreadable"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("servicesSyntax"), QStringLiteral("%1: %2 at offset %3").arg(path, parseError.errorString()).arg(parseError.offset)};
    const QJsonArray list = doc.object().value(QLatin1String("services")).toArray();
    auto invalid = [&](int i, const char *field, const QString &why) {
        return Error{QStringLiteral("servicesInvalid"), QStringLiteral("%1: services[%2].%3: %4").arg(path).arg(i).arg(QLatin1String(field), why)};
    };
    QVector<ServiceDefinition> services;
    QSet<QString> codes;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ServiceDefinition s;
        s.code = o.value(QLatin1String("code")).toString();
        if (s.code.isEmpty() || s.code.size() > 64)
            return invalid(i, "code", QStringLiteral("expected a non-empty string of at most 64 characters"));
        if (codes.contains(s.code))
            return invalid(i, "code", QStringLiteral("duplicate code %1").arg(s.code));
        codes.insert(s.code);
        const QJsonObject name = o.value(QLatin1String("name")).toObject();
        s.nameFr = name.value(QLatin1String("fr")).toString();
        s.nameEn = name.value(QLatin1String("en")).toString();
        if (s.nameFr.isEmpty() && s.nameEn.isEmpty())
            return invalid(i, "name", QStringLiteral("expected {\"fr\": …, \"en\": …}"));
        const QJsonObject description = o.value(QLatin1String("description")).toObject();
        s.descriptionFr = description.value(QLatin1String("fr")).toString();
        s.descriptionEn = description.value(QLatin1String("en")).toString();
        s.group = o.value(QLatin1String("group")).toString();
        for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray())
            s.keywords << k.toString();
        if (o.contains(QLatin1String("assetKind"))) {
            AssetKind kind;
            if (!assetKindFromName(o.value(QLatin1String("assetKind")).toString(), &kind))
                return invalid(i, "assetKind", QStringLiteral("expected Streetlight or WasteContainer"));
            s.assetKind = kind;
        }
        const QString ik = o.value(QLatin1String("interventionKind")).toString(QStringLiteral("other"));
        if (!interventionKindFromKey(ik, &s.interventionKind))
            return invalid(i, "interventionKind", QStringLiteral("expected lighting, waste, roads or other"));
        s.agency = o.value(QLatin1String("agency")).toString();
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray())
            s.aliases << a.toString();
        services << s;
    }
    if (services.isEmpty())
        return Error{QStringLiteral("servicesInvalid"), QStringLiteral("%1: no services").arg(path)};
    return ServiceCatalog(std::move(services));
}

} // namespace vigie
