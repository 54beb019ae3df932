#pragma once

#include "city/importedcity.h"
#include "domain/assetdirectory.h"
#include "domain/assetstate.h"
#include "domain/devicebinding.h"
#include "domain/observation.h"
#include "domain/result.h"
#include "ingest/rawmessage.h"
#include "sqlite.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace vigie {

/// \brief A city-pack layer as stored: what the map needs to rebuild it.
struct StoredLayer
{
    QString id;
    int ordinal = 0;          ///< Position in the manifest.
    LayerRole role = LayerRole::Asset;
    AssetKind kind = AssetKind::Streetlight;
    QString titleFr;
    QString titleEn;
    qint64 featureCount = 0;
    qint64 sourceCount = 0;
    ConditionPolicy policy;
};

/// \brief A context feature as stored (geometry as ISO WKB, EPSG:4326).
struct StoredFeature
{
    qint64 fid = 0;
    QString label;
    QByteArray wkb;
    double labelLon = 0;
    double labelLat = 0;
};

/// \brief A quarantined message, with its raw content.
struct QuarantinedMessage
{
    qint64 messageId = 0;
    QString topic;
    QByteArray payload;
    qint64 receivedAtMs = 0;
    QString reasonCode;
    QString reason;
    QString deviceId; ///< Device or entity the payload named, when the decoder got that far.
};

/// \brief A quarantined message as a list shows it: metadata and the payload's size, not
/// the payload itself (payloads may be megabytes each: read the selected one with messages()).
struct QuarantineListEntry
{
    qint64 messageId = 0;
    QString topic;
    qint64 payloadBytes = 0;
    qint64 receivedAtMs = 0;
    QString reasonCode;
    QString reason;
    QString deviceId; ///< As the payload named it (not normalized); empty: unknown.
};

/// \brief Which quarantined messages a list or a reprocessing takes.
struct QuarantineFilter
{
    QString reasonCode;              ///< Empty: any reason.
    std::optional<QString> deviceId; ///< nullopt: any device; empty: messages naming no device.
};

/// \brief How many quarantined messages share one reason code or one device.
struct QuarantineGroup
{
    QString key;      ///< Reason code or device id (empty: device unknown).
    qint64 count = 0;
    qint64 lastReceivedAtMs = 0;
};

/// \brief What Vigie saw of a device's clock: skew = device time − received time (ms;
/// positive = ahead). Only readings flagged ClockSkewed are counted in `flagged`.
struct DeviceClock
{
    QString deviceId;
    qint64 lastSkewMs = 0;
    qint64 maxSkewMs = 0;  ///< Largest absolute skew seen, with its sign.
    qint64 flagged = 0;
    qint64 updatedAtMs = 0;
};

struct StoreCounts
{
    qint64 messages = 0;
    qint64 observations = 0;
    qint64 quarantined = 0;
    qint64 assets = 0;
};

/// \brief A connection to a Vigie database and the queries on it.
///
/// One Store per thread. While ingest runs, only the StoreWriter thread writes; a Store
/// opened ReadWrite is used before that (migrations, city import) or by tests. Reads
/// run concurrently with the writer thanks to WAL.
class Store
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    /// Opens `path`. ReadWrite creates the file and its folder and migrates the schema.
    /// Errors: `storeOpen`, `storeTooNew`, `storeSql` (e.g. a file that is not a SQLite
    /// database); every message names `path`.
    static Result<Store> open(const QString &path, Mode mode);

    /// `<AppDataLocation>/<cityId>.sqlite`, e.g. ~/.local/share/Vigie/montpellier.sqlite.
    static QString defaultPath(const QString &cityId);

    /// The CityPack signature of the imported city, empty when none was imported.
    Result<QString> citySignature();
    /// Replaces the inventory (layers, assets, features, import issues) in one transaction.
    /// Observations, states and the message log are kept: asset ids are stable URNs.
    Status replaceCity(const ImportedCity &city);

    Result<QVector<StoredLayer>> layers();
    /// Live assets, in manifest layer order then import order (the AssetDirectory order).
    Result<QVector<AssetRecord>> assets();
    Result<QVector<StoredFeature>> features(const QString &layerId);
    Result<QVector<ImportIssue>> importIssues();
    /// The source attributes of an asset, as the JSON object the importer stored.
    /// Errors: `notFound`.
    Result<QByteArray> assetAttributes(const QString &assetId);

    /// Latest state of every asset that has one, by asset id.
    Result<QHash<QString, AssetState>> latestStates();
    /// Highest message id in the log (0 when empty): ingest continues numbering after it.
    Result<qint64> maxMessageId();
    /// Observations of one quantity of one asset with observed time in [fromMs, toMs],
    /// oldest first, at most `limit` (the newest ones are kept), invalid readings included
    /// (Observation::flags says which).
    Result<Observations> history(const QString &assetId, const QString &quantity, qint64 fromMs, qint64 toMs,
                                 int limit = 5000);
    /// Newest first, payloads included: every payload blob is read, so keep `limit` small or
    /// use quarantineList(). Errors: `storeSql`.
    Result<QVector<QuarantinedMessage>> quarantine(int limit = 500);
    /// The newest `limit` quarantined messages `filter` selects, newest first, without their
    /// payloads: only the quarantine table, the message topic and the payload length are
    /// read (SQLite reads a blob's length from the record header, not its pages), so the
    /// cost does not grow with payload sizes. Errors: `storeSql`.
    Result<QVector<QuarantineListEntry>> quarantineList(int limit, const QuarantineFilter &filter = {});
    /// Ids of every quarantined message `filter` selects, oldest first (for reprocessing;
    /// the quarantine table only). Errors: `storeSql`.
    Result<QVector<qint64>> quarantineIds(const QuarantineFilter &filter);
    /// Counts every table: a full scan of the message log, for tests and tools, not start-up.
    Result<StoreCounts> counts();
    /// Messages in quarantine (small table: cheap).
    Result<qint64> quarantineCount();
    /// Quarantined messages counted by reason code, most frequent first.
    Result<QVector<QuarantineGroup>> quarantineByReason();
    /// Quarantined messages counted by device id, most frequent first.
    Result<QVector<QuarantineGroup>> quarantineByDevice();
    /// Raw messages by id, in id order (ids not in the log are skipped). For reprocessing.
    Result<QVector<RawMessage>> messages(const QVector<qint64> &ids);

    /// Every device binding. Errors: `storeSql`.
    Result<QVector<DeviceBinding>> bindings();
    /// Inserts or replaces the binding of `binding.deviceId`. Only the writer may call it
    /// while ingest runs (StoreWriter::saveBinding). Errors: `invalidBinding`, `storeSql`.
    Status saveBinding(const DeviceBinding &binding);
    /// Removes the binding of `deviceId` (nothing if there is none).
    Status removeBinding(const QString &deviceId);
    /// Replaces the city pack's bindings (origin cityPack), keeping the operator's.
    Status replaceCityPackBindings(const QVector<DeviceBinding> &bindings);
    /// What was seen of each device's clock, most skewed first.
    Result<QVector<DeviceClock>> deviceClocks();

    SqliteConnection &connection() { return m_db; }

private:
    explicit Store(SqliteConnection db) : m_db(std::move(db)) {}
    /// The first column of the first row of `sql` (0 when there is no row).
    Result<qint64> integer(const char *sql);
    /// Rows of (key, count, last received time).
    Result<QVector<QuarantineGroup>> groups(const char *sql);
    SqliteConnection m_db;
};

} // namespace vigie
