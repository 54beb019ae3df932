#pragma once

#include "domain/result.h"
#include "reporttypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

/// \file
/// \brief Reports from outside the Open311 endpoint: FIWARE entities over MQTT and
/// DansMaRue CSV exports. Both produce CitizenReport values for ReportIntake::submit().

namespace vigie {

/// \brief A FIWARE Smart Data Models IssueTracking entity decoded into a report (source
/// Mqtt, sourceRef = entity id): type `IssueReporting`, or the Open311 service request
/// (`service_requests`, `ServiceRequest`, `Open311:ServiceRequest`); key-values or
/// normalized (`{"type", "value"}`), NGSI v2 or NGSI-LD (`Property`/`GeoProperty`).
///
/// Fields read: the service from `service_code`, `subCategory`, `category` or
/// `categoryCode` (first that `categoryMap` knows, else the first present); text from
/// `description`, `comments` or `title`; position from `location` (GeoJSON Point) or
/// `lat`/`long`; address from `address_string`, `address` (string or PostalAddress) or
/// `landmark`; time from `requested_datetime`, `observationDateTime` or `dateCreated`;
/// `media_url`/`mediaURL`. `categoryMap`: ServiceCatalog::aliasMap() (lower-case keys).
/// A service the city lacks is left for ReportIntake to refuse. Any thread. Errors:
/// `invalidJson`, `unknownEntity` (another type), `missingField` (no service).
Result<CitizenReport> decodeFiwareReport(const QByteArray &payload, const QHash<QString, QString> &categoryMap = {});

/// Whether `topic`/`payload` look like a FIWARE issue entity (type IssueReporting,
/// ServiceRequest or Open311:ServiceRequest): how the MQTT router sends them here instead
/// of to the sensor decoders. Cheap; any thread.
bool isFiwareReportPayload(const QByteArray &payload);

/// \brief One row of a DansMaRue export that could not be read.
struct CsvRowIssue
{
    int line = 0;                  ///< 1-based line in the file.
    QString reason;
};

/// \brief What a DansMaRue import read.
struct DansMaRueImport
{
    QVector<CitizenReport> reports; ///< Source Csv, sourceRef = "NUMERO", service code mapped.
    QVector<CsvRowIssue> issues;
};

/// \brief Reads a Paris DansMaRue export (opendata.paris.fr "dans-ma-rue"): `;`-separated,
/// UTF-8 (a BOM is skipped; Windows-1252 is detected and decoded), dates as "2017-10-03"
/// or "03/10/2017 14:05", position in a "lat,lon" column (`geo_point_2d`).
///
/// `categoryMap` (ServiceCatalog::aliasMap(), lower-case keys): SOUSTYPE, else TYPE (e.g.
/// "Objets abandonnés") → city service code; rows of an
/// unmapped type keep their type as service code (left to ReportIntake to refuse). Rows
/// without a readable position are reported in `issues`, not dropped silently. Any thread.
/// Errors: `csvUnreadable`, `csvHeader` (a required column is missing: TYPE, geo_point_2d).
Result<DansMaRueImport> readDansMaRueCsv(const QString &path, const QHash<QString, QString> &categoryMap = {});

} // namespace vigie
