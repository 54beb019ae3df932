#include "jsonmapping.h"

#include "domain/assetstate.h"
#include "domain/quantity.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <array>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace vigie {

namespace {

/// A unit an integrator may send, and how it converts into the model unit.
struct UnitSpec
{
    const char *name = nullptr; ///< Friendly spelling.
    const char *code = nullptr; ///< UN/CEFACT spelling, accepted too.
    double factor = 1.0;
    double offset = 0.0;
};

/// What Vigie knows about a quantity a mapping may name.
struct QuantitySpec
{
    QLatin1String name;
    bool numeric;
    QLatin1String unitCode;          ///< Model unit; empty for text.
    std::optional<AssetKind> onlyKind; ///< The only kind that has it; unset: any.
    double modelMin;
    double modelMax;
    std::array<UnitSpec, 3> units;   ///< First = the model unit; unused ones have no name.
};

constexpr double kInf = std::numeric_limits<double>::infinity();

const std::array<QuantitySpec, 6> &quantitySpecs()
{
    // Ranges: what a true reading can be (fillingLevel's headroom comes from DecoderOptions).
    static const std::array<QuantitySpec, 6> specs{{
        {quantity::fillingLevel, true, unit::ratio, AssetKind::WasteContainer, 0.0, kInf,
         {{{"ratio", "C62", 1.0, 0.0}, {"percent", "P1", 0.01, 0.0}, {}}}},
        {quantity::status, false, QLatin1String(), std::nullopt, 0, 0, {}},
        {quantity::powerState, false, QLatin1String(), AssetKind::Streetlight, 0, 0, {}},
        {quantity::temperature, true, unit::celsius, std::nullopt, -60.0, 1500.0,
         {{{"celsius", "CEL", 1.0, 0.0}, {"kelvin", "KEL", 1.0, -273.15}, {"fahrenheit", "FAH", 5.0 / 9.0, -160.0 / 9.0}}}},
        {quantity::distance, true, unit::metre, std::nullopt, 0.0, kInf,
         {{{"m", "MTR", 1.0, 0.0}, {"cm", "CMT", 0.01, 0.0}, {"mm", "MMT", 0.001, 0.0}}}},
        {quantity::batteryLevel, true, unit::ratio, std::nullopt, 0.0, 1.0,
         {{{"ratio", "C62", 1.0, 0.0}, {"percent", "P1", 0.01, 0.0}, {}}}},
    }};
    return specs;
}

const QuantitySpec *quantitySpec(const QString &name)
{
    for (const QuantitySpec &spec : quantitySpecs()) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

QString unitNames(const QuantitySpec &spec)
{
    QStringList names;
    for (const UnitSpec &u : spec.units) {
        if (u.name)
            names << QStringLiteral("%1 (%2)").arg(QLatin1String(u.name), QLatin1String(u.code));
    }
    return names.join(QLatin1String(", "));
}

QString qstr(const std::string &s) { return QString::fromStdString(s); }

/// Thrown inside this file only, caught by parseJsonMapping(): the first problem found.
struct MappingProblem
{
    Error error;
};

class MappingReader
{
public:
    explicit MappingReader(QString source) : m_source(std::move(source)) {}

    JsonMapping read(const YAML::Node &root);

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &field, const QString &what) const
    {
        QString where = m_source;
        if (!mark.is_null())
            where += QStringLiteral(":%1:%2").arg(mark.line + 1).arg(mark.column + 1);
        throw MappingProblem{{QStringLiteral("invalidMapping"),
                              where + QStringLiteral(": ") + (field.isEmpty() ? what : field + QStringLiteral(": ") + what)}};
    }

private:
    /// The entries of a YAML map, after checking every key is one of `allowed`.
    struct Entries
    {
        QVector<std::pair<QString, YAML::Node>> keyNodes;
        QHash<QString, YAML::Node> values;
        YAML::Mark mark;

        bool has(const char *key) const { return values.contains(QLatin1String(key)); }
        YAML::Node at(const char *key) const { return values.value(QLatin1String(key)); }
        YAML::Mark keyMark(const char *key) const
        {
            for (const auto &[k, n] : keyNodes) {
                if (k == QLatin1String(key))
                    return n.Mark();
            }
            return mark;
        }
    };

    Entries entries(const YAML::Node &map, const QString &field, std::initializer_list<const char *> allowed) const;
    QString text(const YAML::Node &n, const QString &field) const;
    double number(const YAML::Node &n, const QString &field) const;
    int integer(const YAML::Node &n, const QString &field) const;
    bool boolean(const YAML::Node &n, const QString &field) const;
    std::string pointer(const YAML::Node &n, const QString &field, bool allowRoot) const;

    IdMapping readId(const YAML::Node &n) const;
    TimeMapping readTime(const YAML::Node &n, bool hasEntities) const;
    FieldMapping readField(const YAML::Node &n, const QString &field, const std::optional<AssetKind> &kind) const;

    QString m_source;
};

QString child(const QString &parent, const char *key)
{
    return parent.isEmpty() ? QString(QLatin1String(key)) : QString(parent + QLatin1Char('.') + QLatin1String(key));
}

QString describe(const YAML::Node &n)
{
    switch (n.Type()) {
    case YAML::NodeType::Null: return QStringLiteral("nothing");
    case YAML::NodeType::Sequence:
        return n.size() == 0 ? QStringLiteral("an empty list") : QStringLiteral("a list of %1").arg(n.size());
    case YAML::NodeType::Map: return QStringLiteral("a map");
    case YAML::NodeType::Scalar: return QStringLiteral("\"%1\"").arg(qstr(n.Scalar()).left(40));
    case YAML::NodeType::Undefined: break;
    }
    return QStringLiteral("nothing");
}

MappingReader::Entries MappingReader::entries(const YAML::Node &map, const QString &field,
                                              std::initializer_list<const char *> allowed) const
{
    if (!map.IsMap())
        fail(map.Mark(), field, QStringLiteral("expected a map of keys, got %1").arg(describe(map)));
    Entries out;
    out.mark = map.Mark();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        const QString name = key.IsScalar() ? qstr(key.Scalar()) : QString();
        bool known = false;
        for (const char *a : allowed)
            known |= name == QLatin1String(a);
        if (!known) {
            QStringList expected;
            for (const char *a : allowed)
                expected << QLatin1String(a);
            fail(key.Mark(), field.isEmpty() ? name : field + QLatin1Char('.') + name,
                 QStringLiteral("unknown key \"%1\" (expected one of: %2)").arg(name.left(40), expected.join(QLatin1String(", "))));
        }
        if (out.values.contains(name))
            fail(key.Mark(), child(field, name.toLatin1().constData()), QStringLiteral("the key is given twice"));
        out.keyNodes.append({name, key});
        out.values.insert(name, it->second);
    }
    return out;
}

QString MappingReader::text(const YAML::Node &n, const QString &field) const
{
    if (!n.IsScalar())
        fail(n.Mark(), field, QStringLiteral("expected text, got %1").arg(describe(n)));
    return qstr(n.Scalar());
}

double MappingReader::number(const YAML::Node &n, const QString &field) const
{
    // Plain scalars only: a quoted "0.01" is text in YAML. YAML 1.2 core schema numbers,
    // plus 0x hexadecimal integers (sentinels such as 0xFFFF); never .nan or .inf.
    if (n.IsScalar() && n.Tag() != "!") {
        const QString s = qstr(n.Scalar());
        static const QRegularExpression decimal(QStringLiteral(R"(^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$)"));
        static const QRegularExpression hex(QStringLiteral(R"(^0x[0-9a-fA-F]{1,15}$)"));
        bool ok = false;
        double v = 0;
        if (decimal.match(s).hasMatch())
            v = s.toDouble(&ok);
        else if (hex.match(s).hasMatch())
            v = double(s.mid(2).toLongLong(&ok, 16));
        if (ok && std::isfinite(v))
            return v;
    }
    fail(n.Mark(), field, QStringLiteral("expected a number, got %1").arg(describe(n)));
}

int MappingReader::integer(const YAML::Node &n, const QString &field) const
{
    bool ok = false;
    int v = -1;
    if (n.IsScalar() && n.Tag() != "!")
        v = qstr(n.Scalar()).toInt(&ok);
    if (!ok || v < 0)
        fail(n.Mark(), field, QStringLiteral("expected a whole number from 0, got %1").arg(describe(n)));
    return v;
}

bool MappingReader::boolean(const YAML::Node &n, const QString &field) const
{
    if (n.IsScalar() && n.Tag() != "!") {
        if (n.Scalar() == "true")
            return true;
        if (n.Scalar() == "false")
            return false;
    }
    fail(n.Mark(), field, QStringLiteral("expected true or false, got %1").arg(describe(n)));
}

std::string MappingReader::pointer(const YAML::Node &n, const QString &field, bool allowRoot) const
{
    // RFC 6901: "" (the whole document) or "/"-separated tokens where '~' is only "~0" or "~1".
    const QString p = text(n, field);
    if (p.isEmpty() && allowRoot)
        return {};
    if (!p.startsWith(QLatin1Char('/')))
        fail(n.Mark(), field, QStringLiteral("\"%1\" is not a JSON pointer: it must start with \"/\" (RFC 6901)").arg(p.left(60)));
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p.at(i) == QLatin1Char('~') && (i + 1 >= p.size() || (p.at(i + 1) != QLatin1Char('0') && p.at(i + 1) != QLatin1Char('1'))))
            fail(n.Mark(), field,
                 QStringLiteral("\"%1\" is not a JSON pointer: \"~\" must be written \"~0\" and \"/\" inside a name \"~1\" (RFC 6901)")
                     .arg(p.left(60)));
    }
    return p.toStdString();
}

IdMapping MappingReader::readId(const YAML::Node &n) const
{
    const QString field = QStringLiteral("id");
    const Entries e = entries(n, field, {"pointer", "topicLevel", "template", "device"});
    IdMapping id;
    if (e.has("pointer") == e.has("topicLevel"))
        fail(e.has("pointer") ? e.keyMark("topicLevel") : n.Mark(), field,
             QStringLiteral("give exactly one of \"pointer\" (a JSON pointer) and \"topicLevel\" (a topic level)"));
    if (e.has("pointer"))
        id.pointer = pointer(e.at("pointer"), QStringLiteral("id.pointer"), false);
    else
        id.topicLevel = integer(e.at("topicLevel"), QStringLiteral("id.topicLevel"));
    if (e.has("device"))
        id.device = boolean(e.at("device"), QStringLiteral("id.device"));
    if (e.has("template")) {
        const YAML::Node t = e.at("template");
        id.idTemplate = text(t, QStringLiteral("id.template"));
        if (id.idTemplate.count(QStringLiteral("{}")) != 1)
            fail(t.Mark(), QStringLiteral("id.template"),
                 QStringLiteral("\"%1\" must contain \"{}\" exactly once (where the extracted id goes)").arg(id.idTemplate.left(80)));
        if (id.device)
            fail(t.Mark(), QStringLiteral("id.template"),
                 QStringLiteral("a device id is used as sent (a device binding ties it to an asset): remove the template or \"device\""));
    }
    return id;
}

TimeMapping MappingReader::readTime(const YAML::Node &n, bool hasEntities) const
{
    const QString field = QStringLiteral("time");
    const Entries e = entries(n, field, {"pointer", "form", "pattern", "scope"});
    TimeMapping time;
    if (!e.has("pointer"))
        fail(n.Mark(), field, QStringLiteral("\"pointer\" is required (the JSON pointer to the time)"));
    time.pointer = pointer(e.at("pointer"), QStringLiteral("time.pointer"), false);
    if (!e.has("form"))
        fail(n.Mark(), field, QStringLiteral("\"form\" is required: epoch, iso8601, local or pattern"));
    const QString form = text(e.at("form"), QStringLiteral("time.form"));
    if (form == QLatin1String("epoch"))
        time.form = TimeForm::Epoch;
    else if (form == QLatin1String("iso8601"))
        time.form = TimeForm::Iso8601;
    else if (form == QLatin1String("local"))
        time.form = TimeForm::Local;
    else if (form == QLatin1String("pattern"))
        time.form = TimeForm::Pattern;
    else
        fail(e.at("form").Mark(), QStringLiteral("time.form"),
             QStringLiteral("unknown form \"%1\" (expected one of: epoch, iso8601, local, pattern)").arg(form.left(40)));
    if (time.form == TimeForm::Pattern) {
        if (!e.has("pattern"))
            fail(e.at("form").Mark(), QStringLiteral("time.pattern"), QStringLiteral("form \"pattern\" needs a \"pattern\" (a Qt date-time format)"));
        const YAML::Node p = e.at("pattern");
        time.pattern = text(p, QStringLiteral("time.pattern"));
        // Without these the text cannot name an instant; Qt would fill in defaults silently.
        if (!time.pattern.contains(QLatin1String("yy")) || !time.pattern.contains(QLatin1Char('M'))
            || !time.pattern.contains(QLatin1Char('d'))
            || !(time.pattern.contains(QLatin1Char('H')) || time.pattern.contains(QLatin1Char('h'))))
            fail(p.Mark(), QStringLiteral("time.pattern"),
                 QStringLiteral("\"%1\" must contain a year (yyyy), month (MM), day (dd) and hour (HH)").arg(time.pattern.left(60)));
    } else if (e.has("pattern")) {
        fail(e.keyMark("pattern"), QStringLiteral("time.pattern"), QStringLiteral("only form \"pattern\" takes a pattern"));
    }
    if (e.has("scope")) {
        const QString scope = text(e.at("scope"), QStringLiteral("time.scope"));
        if (scope == QLatin1String("message") && !hasEntities)
            fail(e.at("scope").Mark(), QStringLiteral("time.scope"),
                 QStringLiteral("scope \"message\" is for messages holding several entities: it needs \"entities\""));
        if (scope == QLatin1String("message"))
            time.messageScope = true;
        else if (scope != QLatin1String("entity"))
            fail(e.at("scope").Mark(), QStringLiteral("time.scope"),
                 QStringLiteral("unknown scope \"%1\" (expected entity or message)").arg(scope.left(40)));
    }
    return time;
}

/// Whether `word` is in the enum of `quantity` for `kind`, or for any kind that has one.
bool inModelEnum(const std::optional<AssetKind> &kind, const QString &quantity, const QString &word, QString *expected)
{
    if (kind) {
        *expected = enumValues(*kind, quantity);
        return isKnownEnumValue(*kind, quantity, word);
    }
    QStringList all;
    bool known = false;
    for (AssetKind k : {AssetKind::Streetlight, AssetKind::WasteContainer}) {
        const QString values = enumValues(k, quantity);
        if (values.isEmpty())
            continue;
        all << assetKindName(k) + QStringLiteral(": ") + values;
        known |= isKnownEnumValue(k, quantity, word);
    }
    *expected = all.join(QLatin1String("; "));
    return known;
}

FieldMapping MappingReader::readField(const YAML::Node &n, const QString &field, const std::optional<AssetKind> &kind) const
{
    const Entries e = entries(n, field, {"pointer", "quantity", "unit", "scale", "range", "sentinels", "values"});
    FieldMapping f;
    f.line = n.Mark().line + 1;
    if (!e.has("pointer"))
        fail(n.Mark(), field, QStringLiteral("\"pointer\" is required (the JSON pointer to the value)"));
    f.pointer = pointer(e.at("pointer"), child(field, "pointer"), false);
    if (!e.has("quantity"))
        fail(n.Mark(), field, QStringLiteral("\"quantity\" is required (one of: %1)").arg(mappableQuantities()));
    const YAML::Node q = e.at("quantity");
    f.quantity = text(q, child(field, "quantity"));
    const QuantitySpec *spec = quantitySpec(f.quantity);
    if (!spec)
        fail(q.Mark(), child(field, "quantity"),
             QStringLiteral("unknown quantity \"%1\" (expected one of: %2)").arg(f.quantity.left(40), mappableQuantities()));
    if (spec->onlyKind && kind && *kind != *spec->onlyKind)
        fail(q.Mark(), child(field, "quantity"),
             QStringLiteral("a %1 has no %2 (a %3 has)").arg(assetKindName(*kind), f.quantity, assetKindName(*spec->onlyKind)));
    f.numeric = spec->numeric;
    f.unitCode = spec->unitCode;
    f.modelMin = spec->modelMin;
    f.modelMax = spec->modelMax;

    const auto textOnly = [&](const char *key) {
        if (e.has(key))
            fail(e.keyMark(key), child(field, key), QStringLiteral("%1 is text: it takes no %2").arg(f.quantity, QLatin1String(key)));
    };
    const auto numberOnly = [&](const char *key) {
        if (e.has(key))
            fail(e.keyMark(key), child(field, key), QStringLiteral("%1 is a number: it takes no %2").arg(f.quantity, QLatin1String(key)));
    };
    if (!f.numeric) {
        for (const char *key : {"unit", "scale", "range", "sentinels"})
            textOnly(key);
    } else {
        numberOnly("values");
    }

    if (e.has("unit")) {
        const YAML::Node u = e.at("unit");
        const QString name = text(u, child(field, "unit"));
        bool found = false;
        for (const UnitSpec &unitSpec : spec->units) {
            if (unitSpec.name && (name == QLatin1String(unitSpec.name) || name == QLatin1String(unitSpec.code))) {
                f.unitFactor = unitSpec.factor;
                f.unitOffset = unitSpec.offset;
                found = true;
            }
        }
        if (!found)
            fail(u.Mark(), child(field, "unit"),
                 QStringLiteral("unknown unit \"%1\" for %2 (expected one of: %3)").arg(name.left(40), f.quantity, unitNames(*spec)));
    }
    if (e.has("scale")) {
        const YAML::Node s = e.at("scale");
        f.scale = number(s, child(field, "scale"));
        if (f.scale == 0)
            fail(s.Mark(), child(field, "scale"), QStringLiteral("a scale of 0 would turn every reading into 0"));
    }
    if (e.has("range")) {
        const YAML::Node r = e.at("range");
        const QString at = child(field, "range");
        if (!r.IsSequence() || r.size() != 2)
            fail(r.Mark(), at, QStringLiteral("expected [min, max] (as sent; ~ for no bound), got %1").arg(describe(r)));
        if (!r[0].IsNull())
            f.min = number(r[0], at + QStringLiteral("[0]"));
        if (!r[1].IsNull())
            f.max = number(r[1], at + QStringLiteral("[1]"));
        if (f.min > f.max)
            fail(r.Mark(), at, QStringLiteral("the minimum %1 is above the maximum %2").arg(f.min).arg(f.max));
    }
    if (e.has("sentinels")) {
        const YAML::Node s = e.at("sentinels");
        const QString at = child(field, "sentinels");
        if (!s.IsSequence())
            fail(s.Mark(), at, QStringLiteral("expected a list of numbers, got %1").arg(describe(s)));
        for (std::size_t i = 0; i < s.size(); ++i)
            f.sentinels << number(s[i], at + QStringLiteral("[%1]").arg(i));
    }
    if (e.has("values")) {
        const YAML::Node v = e.at("values");
        const QString at = child(field, "values");
        if (!v.IsMap())
            fail(v.Mark(), at, QStringLiteral("expected a map from the integrator's words to %1 words, got %2").arg(f.quantity, describe(v)));
        for (auto it = v.begin(); it != v.end(); ++it) {
            const QString from = text(it->first, at);
            const QString to = text(it->second, at + QLatin1Char('.') + from);
            QString expected;
            if (!inModelEnum(kind, f.quantity, to, &expected))
                fail(it->second.Mark(), at + QLatin1Char('.') + from,
                     QStringLiteral("\"%1\" is not a %2 value (expected one of: %3)").arg(to.left(40), f.quantity, expected));
            if (f.values.contains(from))
                fail(it->first.Mark(), at + QLatin1Char('.') + from, QStringLiteral("the word is mapped twice"));
            f.values.insert(from, to);
        }
    }
    return f;
}

JsonMapping MappingReader::read(const YAML::Node &root)
{
    if (!root.IsDefined() || root.IsNull())
        fail(YAML::Mark::null_mark(), {}, QStringLiteral("the mapping is empty"));
    const Entries e = entries(root, {}, {"version", "description", "kind", "entities", "id", "time", "fields"});
    JsonMapping m;
    m.source = m_source;
    if (!e.has("version"))
        fail(root.Mark(), QStringLiteral("version"), QStringLiteral("\"version: 1\" is required"));
    if (integer(e.at("version"), QStringLiteral("version")) != 1)
        fail(e.at("version").Mark(), QStringLiteral("version"), QStringLiteral("only version 1 is known"));
    if (e.has("description"))
        m.description = text(e.at("description"), QStringLiteral("description"));
    if (e.has("kind")) {
        const YAML::Node k = e.at("kind");
        AssetKind kind;
        if (!assetKindFromName(text(k, QStringLiteral("kind")), &kind))
            fail(k.Mark(), QStringLiteral("kind"),
                 QStringLiteral("unknown kind %1 (expected Streetlight or WasteContainer)").arg(describe(k)));
        m.kind = kind;
    }
    if (e.has("entities"))
        m.entities = pointer(e.at("entities"), QStringLiteral("entities"), true);
    if (!e.has("id"))
        fail(root.Mark(), QStringLiteral("id"), QStringLiteral("\"id\" is required (where the asset id comes from)"));
    m.id = readId(e.at("id"));
    if (e.has("time"))
        m.time = readTime(e.at("time"), m.entities.has_value());
    if (!e.has("fields"))
        fail(root.Mark(), QStringLiteral("fields"), QStringLiteral("\"fields\" is required (which fields hold which quantities)"));
    const YAML::Node fields = e.at("fields");
    if (!fields.IsSequence() || fields.size() == 0)
        fail(fields.Mark(), QStringLiteral("fields"), QStringLiteral("expected a list of at least one field, got %1").arg(describe(fields)));
    for (std::size_t i = 0; i < fields.size(); ++i)
        m.fields << readField(fields[i], QStringLiteral("fields[%1]").arg(i), m.kind);
    return m;
}

} // namespace

QString mappableQuantities()
{
    QStringList names;
    for (const QuantitySpec &spec : quantitySpecs())
        names << spec.name;
    return names.join(QLatin1String(", "));
}

Result<JsonMapping> parseJsonMapping(const QByteArray &yaml, const QString &sourceName)
{
    MappingReader reader(sourceName);
    // yaml-cpp reports everything by exceptions; none may leave core (result.h).
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        return reader.read(root);
    } catch (const MappingProblem &problem) {
        return problem.error;
    } catch (const YAML::Exception &e) {
        QString where = sourceName;
        if (!e.mark.is_null())
            where += QStringLiteral(":%1:%2").arg(e.mark.line + 1).arg(e.mark.column + 1);
        return Error{QStringLiteral("invalidMapping"),
                     where + QStringLiteral(": not valid YAML: ") + QString::fromStdString(e.msg)};
    } catch (const std::exception &e) {
        return Error{QStringLiteral("invalidMapping"), sourceName + QStringLiteral(": ") + QString::fromLocal8Bit(e.what())};
    }
}

Result<JsonMapping> loadJsonMapping(const QString &path)
{
    QFile file(path);
    if (path.isEmpty())
        return Error{QStringLiteral("unreadableMapping"), QStringLiteral("no mapping file is named")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("unreadableMapping"),
                     QStringLiteral("cannot read the mapping file %1: %2").arg(path, file.errorString())};
    return parseJsonMapping(file.readAll(), QFileInfo(path).fileName());
}

} // namespace vigie
