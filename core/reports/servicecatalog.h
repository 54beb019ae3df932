#pragma once

#include "domain/assetkind.h"
#include "domain/result.h"
#include "interventions/interventiontypes.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/// \file
/// \brief The Open311 services a city offers (GeoReport v2 "service list"), from its pack.

namespace vigie {

/// \brief One kind of problem a resident can report (GeoReport v2 service).
struct ServiceDefinition
{
    QString code;                  ///< GeoReport `service_code`, e.g. "streetlight-out".
    QString nameFr;                ///< GeoReport `service_name`, French.
    QString nameEn;
    QString descriptionFr;         ///< GeoReport `description`.
    QString descriptionEn;
    QString group;                 ///< GeoReport `group`, e.g. "lighting".
    QStringList keywords;          ///< GeoReport `keywords`.
    std::optional<AssetKind> assetKind; ///< Asset kind reports are matched to; none = place only.
    InterventionKind interventionKind = InterventionKind::Other; ///< Crew skill it needs.
    QString agency;                ///< GeoReport `agency_responsible` for its requests.
    /// Other names sources file this service under (DansMaRue TYPE, FIWARE IssueReporting
    /// `category`/`subCategory`), compared case-insensitively by aliasMap().
    QStringList aliases;

    /// Name in `lang` ("fr" or "en"), falling back to the other one.
    QString name(const QString &lang) const;
    QString description(const QString &lang) const;
};

/// \brief The city's services, read from the pack's `services.json` (docs/reports.md).
///
/// Format: `{"services": [{"code", "name": {"fr","en"}, "description": {"fr","en"},
/// "group", "keywords": [..], "assetKind": "Streetlight"|"WasteContainer"|absent,
/// "interventionKind": "lighting"|"waste"|"roads"|"other", "agency", "aliases": [..]}]}`.
/// Immutable once loaded; any thread may read it.
class ServiceCatalog
{
public:
    ServiceCatalog() = default;
    explicit ServiceCatalog(QVector<ServiceDefinition> services) : m_services(std::move(services)) {}

    /// Reads a services.json. Any thread. Errors: `servicesUnreadable`, `servicesSyntax`,
    /// `servicesInvalid` (naming the entry and field, e.g. `services[2].code`).
    static Result<ServiceCatalog> load(const QString &path);

    const QVector<ServiceDefinition> &services() const { return m_services; }
    /// The service of `code`, or nullptr.
    const ServiceDefinition *find(const QString &code) const;
    bool isEmpty() const { return m_services.isEmpty(); }
    /// Lower-cased alias → service code, for readDansMaRueCsv() and decodeFiwareReport().
    QHash<QString, QString> aliasMap() const;

private:
    QVector<ServiceDefinition> m_services;
};

} // namespace vigie
