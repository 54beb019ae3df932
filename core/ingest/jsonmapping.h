#pragma once

#include "domain/assetkind.h"
#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>
#include <string>

namespace vigie {

/// \brief Where a mapped entity's id comes from (the `id` section of a mapping file).
struct IdMapping
{
    /// JSON pointer (RFC 6901) into the entity; empty when `topicLevel` is used.
    std::string pointer;
    /// 0-based level of the MQTT topic split on '/'; -1 when `pointer` is used.
    int topicLevel = -1;
    /// Forms the city's asset id: "{}" is replaced by the extracted id. Empty: the id as is.
    QString idTemplate;
    /// The id is a network device id (LoRaWAN DevEUI) → DecodedEntity::deviceId, bound to an
    /// asset by a DeviceBinding, not by the city pack.
    bool device = false;
};

/// \brief How the observation time is written (the `time.form` key).
enum class TimeForm : quint8 {
    Epoch,    ///< Seconds, milliseconds or microseconds since 1970 (by magnitude), number or numeric text.
    Iso8601,  ///< ISO 8601 / RFC 3339; without an offset, a local time of the city zone.
    Local,    ///< Local time of the city zone without an offset ("2024-05-01 12:30:00").
    Pattern,  ///< A Qt date-time format (`time.pattern`), local time of the city zone unless it has `t`.
};

/// \brief Where the observation time is (the `time` section).
struct TimeMapping
{
    std::string pointer;      ///< JSON pointer.
    TimeForm form = TimeForm::Iso8601;
    QString pattern;          ///< Qt format, TimeForm::Pattern only.
    bool messageScope = false; ///< Pointer from the message root rather than from each entity.
};

/// \brief One field of the payload read as one quantity (an entry of `fields`).
///
/// Numbers: model value = sent × `scale` × `unitFactor` + `unitOffset`. `min`, `max` and
/// `sentinels` are compared with the number as sent, before any conversion.
struct FieldMapping
{
    std::string pointer;      ///< JSON pointer, relative to the entity.
    QString quantity;         ///< Smart Data Models attribute (domain/quantity.h).
    bool numeric = true;      ///< false: a text quantity with an enum (status, powerState).
    double scale = 1.0;       ///< Never 0.
    double unitFactor = 1.0;  ///< From the `unit` the integrator sends into the model unit.
    double unitOffset = 0.0;
    QString unitCode;         ///< UN/CEFACT code of the model unit (C62, CEL, MTR).
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    /// What the model itself can hold, in its unit (fillingLevel's upper bound is
    /// DecoderOptions::fillHeadroom, applied by the decoder, not this).
    double modelMin = -std::numeric_limits<double>::infinity();
    double modelMax = std::numeric_limits<double>::infinity();
    QVector<double> sentinels; ///< Sent numbers meaning "no valid reading" (0xFFFF, -1…).
    QHash<QString, QString> values; ///< Integrator word → model enum word (text quantities).
    int line = 0;             ///< 1-based line of the entry in the mapping file, for messages.
};

/// \brief A mapping file, checked: every pointer is well formed, every quantity, unit, kind
/// and enum word is known to Vigie. See docs/ingest.md, "Mapped JSON", for the YAML schema.
struct JsonMapping
{
    QString source;                  ///< File name the mapping came from, for messages.
    QString description;
    std::optional<AssetKind> kind;   ///< Unset: the asset binding decides the kind.
    /// JSON pointer to an array of entities; unset: the message is one entity.
    std::optional<std::string> entities;
    IdMapping id;
    std::optional<TimeMapping> time; ///< Unset: the time Vigie received the message.
    QVector<FieldMapping> fields;
};

/// \brief Parses and checks a mapping file's YAML text. Any thread.
///
/// `sourceName` names the text in messages (usually its file name). Errors: `invalidMapping`,
/// whose message reads `<sourceName>:<line>:<column>: <field>: <what>` (1-based line and
/// column of the offending key or value; field as a path such as `fields[2].scale`): YAML
/// syntax, an unknown key, a wrong type, a bad JSON pointer, an unknown quantity, unit or kind,
/// a scale of 0, a value map to a word outside the model's enum, and so on. Never throws.
Result<JsonMapping> parseJsonMapping(const QByteArray &yaml, const QString &sourceName);

/// \brief Reads and checks the mapping file at `path`. Any thread.
/// Errors: `unreadableMapping` (missing or unreadable file); those of parseJsonMapping().
Result<JsonMapping> loadJsonMapping(const QString &path);

/// The quantities a mapping may name, comma separated, for messages and documentation.
QString mappableQuantities();

} // namespace vigie
