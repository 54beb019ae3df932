#include "interventionservice.h"

#include "crewmessages.h"
#include "interventionstore.h"
#include "interventionworkflow.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcInterventions, "vigie.interventions")

namespace vigie {

namespace {

constexpr qint64 kClosedKeptMs = 7 * 24 * 3600'000LL; ///< Closed interventions loaded and polled.
constexpr int kFirstInterventionSchema = 5;
constexpr int kBusyTimeoutMs = 5000;

Error error(const char *code, const QString &message) { return Error{QString::fromLatin1(code), message}; }

QString text(const char *source) { return QCoreApplication::translate("vigie::InterventionService", source); }

bool isCrewIdSyntax(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

/// Statuses in which a crew is working on the job.
bool needsCrew(InterventionStatus s)
{
    return s == InterventionStatus::Assigned || s == InterventionStatus::Accepted || s == InterventionStatus::EnRoute
        || s == InterventionStatus::OnSite;
}

/// What a change does, decided inside its transaction and written at its end.
struct Plan
{
    Intervention next;
    QString action;
    QString text;
    QVector<OutboxMessage> outbox;
    bool bumpsVersion = true; ///< false: an audit entry only (a note).
};

/// What submit() reports back.
struct Outcome
{
    Intervention before;
    Intervention after;
    Intervention current; ///< The stored row when a change is refused (id 0 if there is none).
    bool outbox = false;
};

} // namespace

/// \brief The service's thread side: owns the connection, the cache used for polling, and
/// the pending emissions. Every member function runs on the "vigie-interventions" thread.
class InterventionService::Worker : public QObject
{
public:
    Worker(InterventionService *service, QString storePath, int pollIntervalMs, std::function<qint64()> clock,
           QString topicPrefix, AssetDirectoryPtr directory, SlaPolicy sla)
        : m_service(service)
        , m_storePath(std::move(storePath))
        , m_pollIntervalMs(pollIntervalMs)
        , m_clock(std::move(clock))
        , m_topicPrefix(std::move(topicPrefix))
        , m_directory(std::move(directory))
        , m_sla(sla)
    {
    }

    void start()
    {
        if (Status s = open(); !s) {
            qCWarning(lcInterventions).noquote() << "interventions are off:" << s.error().message;
            post([error = s.error()](InterventionService *service) { emit service->failed(error); });
            return;
        }
        auto loaded = m_store->load(m_clock() - kClosedKeptMs);
        if (!loaded) {
            post([error = loaded.error()](InterventionService *service) { emit service->failed(error); });
            m_store.reset();
            return;
        }
        for (const Intervention &i : std::as_const(loaded.value()))
            m_cache.insert(i.id, i);
        qCInfo(lcInterventions) << "loaded" << loaded->size() << "interventions from" << m_storePath;
        post([all = loaded.value()](InterventionService *service) { emit service->interventionsChanged(all, true); });
        m_poll = new QTimer(this);
        m_poll->setInterval(std::max(1, m_pollIntervalMs));
        connect(m_poll, &QTimer::timeout, this, [this] { poll(); });
        m_poll->start();
    }

    void stop()
    {
        if (m_poll)
            m_poll->stop();
        flush();
        m_store.reset();
        m_db = SqliteConnection();
    }

    void setSla(const SlaPolicy &sla) { m_sla = sla; }

    void submit(const InterventionChange &change)
    {
        if (!m_store) {
            refuse(change.requestId, notRunning(), {});
            return;
        }
        Outcome out;
        Status s = inTransaction([&] { return apply(change, out); });
        if (!s) {
            // A refusal may reveal a version polling has not seen yet.
            if (out.current.id != 0 && m_cache.value(out.current.id).version != out.current.version)
                remember(out.current);
            qCInfo(lcInterventions).noquote() << "change" << change.requestId << "refused:" << s.error().code
                                              << s.error().message;
            refuse(change.requestId, s.error(), out.current);
            return;
        }
        if (out.after.version != out.before.version)
            remember(out.after);
        post([id = change.requestId, before = out.before, after = out.after](InterventionService *service) {
            emit service->applied(id, before, after);
        });
        if (out.outbox)
            post([](InterventionService *service) { emit service->outboxChanged(); });
    }

    void applyCrewStatus(const CrewStatusReport &report)
    {
        if (!m_store) {
            qCWarning(lcInterventions) << "crew report" << report.messageId << "dropped: the store is not open";
            return;
        }
        Intervention applied;
        Status s = inTransaction([&] { return crewStatus(report, applied); });
        if (!s) {
            qCWarning(lcInterventions).noquote() << "crew report" << report.messageId << "not stored:" << s.error().message;
            return;
        }
        if (applied.id != 0)
            remember(applied);
    }

private:
    Status open()
    {
        auto db = SqliteConnection::open(m_storePath, SqliteConnection::Mode::ReadWrite, kBusyTimeoutMs);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        if (Status s = schema::configure(m_db); !s)
            return s;
        auto version = m_db.pragmaInt("user_version");
        if (!version)
            return version.error();
        if (version.value() < kFirstInterventionSchema)
            return error("storeTooOld", QStringLiteral("%1 has schema version %2; interventions need version %3 or later.")
                                            .arg(m_storePath).arg(version.value()).arg(kFirstInterventionSchema));
        m_store = std::make_unique<InterventionStore>(m_db);
        return {};
    }

    static Error notRunning()
    {
        return error("notStarted", QStringLiteral("The intervention service has no open store (not started, or it failed)."));
    }

    /// Runs `body` in one BEGIN IMMEDIATE transaction: committed if it succeeds, else rolled back.
    template<typename Body>
    Status inTransaction(Body body)
    {
        if (Status begin = m_db.exec("BEGIN IMMEDIATE"); !begin)
            return begin;
        Status s = body();
        if (s)
            s = m_db.exec("COMMIT");
        if (!s)
            m_db.exec("ROLLBACK");
        // Events are told once stored: a rolled-back one never happened.
        QVector<InterventionEvent> events = std::exchange(m_events, {});
        if (s) {
            for (InterventionEvent &e : events) {
                if (auto after = m_store->loadOne(e.interventionId))
                    e.after = std::move(after).value();
                emit m_service->eventStored(e);
            }
        }
        return s;
    }

    /// Appends `event` to the audit trail; eventStored() follows the commit.
    Status appendEvent(const InterventionEvent &event)
    {
        Status s = m_store->appendEvent(event);
        if (s)
            m_events.append(event);
        return s;
    }

    Status apply(const InterventionChange &c, Outcome &out)
    {
        const qint64 now = m_clock();
        if (c.action == InterventionChange::Action::Create)
            return create(c, now, out);
        auto current = m_store->loadOne(c.interventionId);
        if (!current)
            return current.error();
        const Intervention &cur = current.value();
        out.current = out.before = out.after = cur;
        if (c.action != InterventionChange::Action::AddNote && cur.version != c.expectedVersion)
            return error("conflict", QStringLiteral("Intervention %1 was changed meanwhile: it is at version %2, not %3.")
                                         .arg(cur.id).arg(cur.version).arg(c.expectedVersion));
        Plan plan;
        plan.next = cur;
        Status planned = planChange(c, cur, now, plan);
        if (!planned)
            return planned;
        if (plan.bumpsVersion) {
            plan.next.version = cur.version + 1;
            plan.next.updatedAtMs = now;
            plan.next.updatedBy = c.actor;
            if (!plan.outbox.isEmpty()) { // this version is what the crews are sent
                plan.next.dispatchedVersion = plan.next.version;
                plan.next.dispatchedAtMs = now;
            }
            if (Status s = m_store->update(plan.next, cur.version); !s)
                return s;
        }
        const InterventionEvent event{cur.id, plan.next.version, now, c.actor, plan.action, cur.status, plan.next.status, plan.text};
        if (Status s = appendEvent(event); !s)
            return s;
        for (OutboxMessage &m : plan.outbox) {
            m.version = plan.next.version;
            if (Status s = writeOutbox(plan.next, m, now); !s)
                return s;
        }
        out.after = plan.next;
        out.outbox = !plan.outbox.isEmpty();
        return {};
    }

    Status planChange(const InterventionChange &c, const Intervention &cur, qint64 now, Plan &plan)
    {
        switch (c.action) {
        case InterventionChange::Action::Create:
            break; // handled by create()
        case InterventionChange::Action::Edit:
            return planEdit(c, cur, plan);
        case InterventionChange::Action::SetStatus:
            return planStatus(c, cur, now, plan);
        case InterventionChange::Action::Assign:
            return planAssign(c, cur, plan);
        case InterventionChange::Action::Unassign:
            return planUnassign(cur, plan);
        case InterventionChange::Action::AddNote:
            if (c.text.trimmed().isEmpty())
                return error("invalid", QStringLiteral("A note needs a text."));
            plan.action = QStringLiteral("note");
            plan.text = c.text;
            plan.bumpsVersion = false; // a note never conflicts with a change
            return {};
        case InterventionChange::Action::Dispatch:
            return planDispatch(cur, now, plan);
        case InterventionChange::Action::Revert:
            return planRevert(c, cur, plan);
        }
        return error("invalid", QStringLiteral("Unknown change action %1.").arg(int(c.action)));
    }

    Status create(const InterventionChange &c, qint64 now, Outcome &out)
    {
        Intervention n = c.fields;
        if (Status s = validateFields(n); !s)
            return s;
        n.id = 0;
        n.version = 1;
        n.status = InterventionStatus::New;
        n.crewId.clear();
        n.blockedReason.clear();
        n.createdAtMs = n.updatedAtMs = now;
        n.createdBy = n.updatedBy = c.actor;
        n.closedAtMs = 0;
        n.dispatchedVersion = 0;
        n.dispatchedAtMs = 0;
        if (n.dueAtMs == 0)
            n.dueAtMs = now + m_sla.dueAfter(n.priority);
        auto id = m_store->insert(n);
        if (!id)
            return id.error();
        n.id = id.value();
        const InterventionEvent event{n.id, n.version, now, c.actor, QStringLiteral("create"), n.status, n.status, QString()};
        if (Status s = appendEvent(event); !s)
            return s;
        out.after = n;
        return {};
    }

    /// Checks and normalises what a supervisor edits: an asset or a place is required, assets
    /// must be in the city, a place must be valid EPSG:4326; without a place, the first
    /// asset's position is where to go.
    Status validateFields(Intervention &f) const
    {
        f.assetIds.removeDuplicates();
        f.assetIds.removeAll(QString());
        const bool hasLon = !std::isnan(f.lon);
        const bool hasLat = !std::isnan(f.lat);
        if (hasLon != hasLat || (hasLon && (!std::isfinite(f.lon) || !std::isfinite(f.lat) || std::abs(f.lon) > 180
                                            || std::abs(f.lat) > 90)))
            return error("invalid", QStringLiteral("The place (%1, %2) is not an EPSG:4326 longitude and latitude.")
                                        .arg(f.lon).arg(f.lat));
        if (f.assetIds.isEmpty() && !f.hasLocation())
            return error("invalid", QStringLiteral("An intervention needs an asset or a place."));
        if (m_directory) {
            for (const QString &id : std::as_const(f.assetIds)) {
                if (m_directory->indexOf(id) < 0)
                    return error("invalid", QStringLiteral("Asset %1 is not in this city.").arg(elide(id, 120)));
            }
            if (!f.hasLocation()) {
                const AssetRecord &first = m_directory->at(m_directory->indexOf(f.assetIds.first()));
                f.lon = first.lon;
                f.lat = first.lat;
            }
        }
        return {};
    }

    Status planEdit(const InterventionChange &c, const Intervention &cur, Plan &plan)
    {
        Intervention f = c.fields;
        if (Status s = validateFields(f); !s)
            return s;
        if (f.dueAtMs == 0)
            f.dueAtMs = cur.createdAtMs + m_sla.dueAfter(f.priority);
        Intervention &n = plan.next;
        QStringList changed;
        auto take = [&changed](auto &to, const auto &from, const char *name) {
            if (!(to == from))
                changed.append(QString::fromLatin1(name));
            to = from;
        };
        take(n.kind, f.kind, "kind");
        take(n.assetIds, f.assetIds, "assets");
        const bool samePlace = (n.lon == f.lon || (std::isnan(n.lon) && std::isnan(f.lon)))
                               && (n.lat == f.lat || (std::isnan(n.lat) && std::isnan(f.lat)));
        if (!samePlace)
            changed.append(QStringLiteral("place"));
        n.lon = f.lon;
        n.lat = f.lat;
        take(n.location, f.location, "location");
        take(n.description, f.description, "description");
        take(n.alarmIds, f.alarmIds, "alarms");
        take(n.reportIds, f.reportIds, "reports");
        take(n.priority, f.priority, "priority");
        take(n.dueAtMs, f.dueAtMs, "dueAt");
        if (!f.breakdown.terms.isEmpty()) { // else the stored score stands
            n.score = f.score;
            n.breakdown = f.breakdown;
        }
        plan.action = QStringLiteral("edit");
        plan.text = changed.join(QStringLiteral(", "));
        return {};
    }

    Status planStatus(const InterventionChange &c, const Intervention &cur, qint64 now, Plan &plan)
    {
        const InterventionStatus to = c.status;
        // Assigned → new is the unassign of the workflow table.
        if (to == InterventionStatus::New && cur.status == InterventionStatus::Assigned)
            return planUnassign(cur, plan);
        if (Status s = checkTransition(cur.status, to, c.text); !s)
            return s;
        if (needsCrew(to) && cur.crewId.isEmpty())
            return error("noCrew", QStringLiteral("Intervention %1 has no crew to be %2.").arg(cur.id).arg(interventionStatusKey(to)));
        Intervention &n = plan.next;
        n.status = to;
        n.blockedReason = to == InterventionStatus::Blocked ? c.text.trimmed() : QString();
        if (isClosed(to))
            n.closedAtMs = now;
        if (to == InterventionStatus::Reopened || to == InterventionStatus::New) {
            n.closedAtMs = 0;
            n.crewId.clear(); // needs a crew again
        }
        plan.action = QStringLiteral("status");
        plan.text = c.text;
        // Crews that were sent the job are told it is no longer theirs.
        if (to == InterventionStatus::Cancelled || to == InterventionStatus::New) {
            auto holding = m_store->crewsHolding(cur.id);
            if (!holding)
                return holding.error();
            for (const QString &crew : std::as_const(holding.value()))
                plan.outbox.append(OutboxMessage{QString(), cur.id, 0, crew, QString(), QByteArray(), now});
        }
        return {};
    }

    Status planAssign(const InterventionChange &c, const Intervention &cur, Plan &plan)
    {
        if (!isCrewIdSyntax(c.crewId))
            return error("invalid", QStringLiteral("\"%1\" is not a crew id.").arg(elide(c.crewId, 80)));
        auto known = m_store->isActiveCrew(c.crewId);
        if (!known)
            return known.error();
        if (!known.value())
            return error("invalid", QStringLiteral("There is no active crew \"%1\".").arg(c.crewId));
        const bool reassignment = cur.status == InterventionStatus::Assigned || cur.status == InterventionStatus::Accepted;
        if (reassignment && cur.crewId == c.crewId)
            return error("invalid", QStringLiteral("Intervention %1 is already assigned to crew %2.").arg(cur.id).arg(c.crewId));
        if (!reassignment) {
            if (Status s = checkTransition(cur.status, InterventionStatus::Assigned, QString()); !s)
                return s;
        }
        plan.next.crewId = c.crewId;
        plan.next.status = InterventionStatus::Assigned;
        plan.next.blockedReason.clear();
        plan.action = QStringLiteral("assign");
        plan.text = cur.crewId.isEmpty() || cur.crewId == c.crewId ? c.crewId
                                                                   : text("%1 (was %2)").arg(c.crewId, cur.crewId);
        return {};
    }

    Status planUnassign(const Intervention &cur, Plan &plan)
    {
        if (cur.crewId.isEmpty())
            return error("noCrew", QStringLiteral("Intervention %1 has no crew to unassign.").arg(cur.id));
        if (Status s = checkTransition(cur.status, InterventionStatus::New, QString()); !s)
            return s;
        auto holding = m_store->crewsHolding(cur.id);
        if (!holding)
            return holding.error();
        if (!holding->isEmpty())
            return error("alreadyDispatched", QStringLiteral("Intervention %1 was sent to crew %2: cancel it or assign another crew.")
                                                  .arg(cur.id).arg(holding->join(QStringLiteral(", "))));
        plan.next.crewId.clear();
        plan.next.status = InterventionStatus::New;
        plan.next.blockedReason.clear();
        plan.action = QStringLiteral("unassign");
        plan.text = cur.crewId;
        return {};
    }

    Status planDispatch(const Intervention &cur, qint64 now, Plan &plan)
    {
        if (cur.crewId.isEmpty())
            return error("noCrew", QStringLiteral("Intervention %1 has no crew to send it to.").arg(cur.id));
        if (isClosed(cur.status))
            return error("invalid", QStringLiteral("Intervention %1 is %2: there is nothing to send.")
                                        .arg(cur.id).arg(interventionStatusKey(cur.status)));
        auto holding = m_store->crewsHolding(cur.id);
        if (!holding)
            return holding.error();
        plan.outbox.append(OutboxMessage{QString(), cur.id, 0, cur.crewId, QString(), QByteArray(), now});
        QStringList cancelled;
        for (const QString &crew : std::as_const(holding.value())) {
            if (crew == cur.crewId)
                continue;
            plan.outbox.append(OutboxMessage{QString(), cur.id, 0, crew, QString(), QByteArray(), now});
            cancelled.append(crew);
        }
        plan.action = QStringLiteral("dispatch");
        plan.text = cancelled.isEmpty() ? cur.crewId
                                        : text("%1 (cancelled for %2)").arg(cur.crewId, cancelled.join(QStringLiteral(", ")));
        return {};
    }

    Status planRevert(const InterventionChange &c, const Intervention &cur, Plan &plan)
    {
        const Intervention &f = c.fields;
        if (f.id != cur.id)
            return error("invalid", QStringLiteral("The snapshot to restore is not of intervention %1.").arg(cur.id));
        if (cur.dispatchedVersion > f.version)
            return error("alreadyDispatched", QStringLiteral("Intervention %1 was sent to its crew (version %2) after version %3: "
                                                             "it cannot be undone.")
                                                  .arg(cur.id).arg(cur.dispatchedVersion).arg(f.version));
        Intervention &n = plan.next;
        n.kind = f.kind;
        n.assetIds = f.assetIds;
        n.lon = f.lon;
        n.lat = f.lat;
        n.location = f.location;
        n.description = f.description;
        n.alarmIds = f.alarmIds;
        n.reportIds = f.reportIds;
        n.priority = f.priority;
        n.score = f.score;
        n.breakdown = f.breakdown;
        n.dueAtMs = f.dueAtMs;
        n.status = f.status;
        n.crewId = f.crewId;
        n.blockedReason = f.blockedReason;
        n.closedAtMs = f.closedAtMs;
        plan.action = QStringLiteral("undo");
        plan.text = text("back to version %1").arg(f.version);
        return {};
    }

    /// Completes `m` (key, topic, payload) for version `row.version` and writes it; the row
    /// was already stored with its dispatched version when the message is for its crew.
    Status writeOutbox(const Intervention &row, OutboxMessage &m, qint64 now)
    {
        m.messageKey = m.crewId == row.crewId ? QStringLiteral("%1:%2").arg(row.id).arg(row.version)
                                              : QStringLiteral("%1:%2:%3").arg(row.id).arg(row.version).arg(m.crewId);
        m.topic = crewInterventionsTopic(m_topicPrefix, m.crewId);
        m.payload = assignmentPayload(row, m.crewId, m_directory.get(), now);
        return m_store->enqueue(m);
    }

    Status crewStatus(const CrewStatusReport &r, Intervention &applied)
    {
        auto fresh = m_store->markCrewStatusSeen(r.messageId, r.receivedAtMs);
        if (!fresh)
            return fresh.error();
        if (!fresh.value()) {
            qCDebug(lcInterventions) << "crew report" << r.messageId << "already applied";
            return {};
        }
        auto current = m_store->loadOne(r.interventionId);
        if (!current) {
            if (current.error().code != QLatin1String("notFound"))
                return current.error();
            qCWarning(lcInterventions) << "crew" << r.crewId << "reported on unknown intervention" << r.interventionId;
            return {};
        }
        const Intervention &cur = current.value();
        const qint64 now = m_clock();
        const QString actor = QStringLiteral("crew:") + r.crewId;
        InterventionEvent event{cur.id, cur.version, now, actor, QStringLiteral("crewStatus"), cur.status, r.status, QString()};
        const QString note = r.note.isEmpty() ? QString() : QStringLiteral(" — ") + r.note;
        if (r.crewId != cur.crewId) {
            event.text = text("crew %1 reported %2, but the intervention is assigned to %3")
                             .arg(r.crewId, interventionStatusKey(r.status),
                                  cur.crewId.isEmpty() ? text("no crew") : cur.crewId) + note;
            return appendEvent(event);
        }
        if (Status legal = checkTransition(cur.status, r.status, r.note); !legal) {
            event.text = text("not applied: %1").arg(legal.error().message) + note;
            return appendEvent(event);
        }
        Intervention n = cur;
        n.version = cur.version + 1;
        n.status = r.status;
        n.blockedReason = r.status == InterventionStatus::Blocked ? r.note.trimmed() : QString();
        if (isClosed(r.status))
            n.closedAtMs = now;
        n.updatedAtMs = now;
        n.updatedBy = actor;
        if (Status s = m_store->update(n, cur.version); !s)
            return s;
        event.version = n.version;
        event.action = QStringLiteral("status");
        event.text = r.note;
        if (Status s = appendEvent(event); !s)
            return s;
        applied = n;
        return {};
    }

    void poll()
    {
        auto versions = m_store->versions(m_clock() - kClosedKeptMs);
        if (!versions) {
            if (m_pollOk)
                qCWarning(lcInterventions).noquote() << "polling failed:" << versions.error().message;
            m_pollOk = false;
            return;
        }
        m_pollOk = true;
        for (auto it = versions->cbegin(); it != versions->cend(); ++it) {
            const auto cached = m_cache.constFind(it.key());
            if (cached != m_cache.cend() && cached->version == it.value())
                continue;
            auto row = m_store->loadOne(it.key());
            if (row)
                remember(row.value());
        }
    }

    /// Records the latest stored state of `i` and schedules its emission.
    void remember(const Intervention &i)
    {
        m_cache.insert(i.id, i);
        m_pending.insert(i.id, i);
        if (m_flushQueued)
            return;
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, [this] { flush(); }, Qt::QueuedConnection);
    }

    void flush()
    {
        m_flushQueued = false;
        if (m_pending.isEmpty())
            return;
        QVector<Intervention> changed;
        changed.reserve(m_pending.size());
        for (const Intervention &i : std::as_const(m_pending))
            changed.append(i);
        m_pending.clear();
        std::sort(changed.begin(), changed.end(), [](const Intervention &a, const Intervention &b) { return a.id < b.id; });
        post([changed](InterventionService *service) { emit service->interventionsChanged(changed, false); });
    }

    void refuse(qint64 requestId, const Error &e, const Intervention &current)
    {
        post([requestId, e, current](InterventionService *service) { emit service->refused(requestId, e, current); });
    }

    /// Runs `emitter(service)` on the service's thread (dropped if the service is gone).
    template<typename Emitter>
    void post(Emitter emitter)
    {
        QMetaObject::invokeMethod(m_service, [service = m_service, emitter] { emitter(service); }, Qt::QueuedConnection);
    }

    InterventionService *m_service;
    QString m_storePath;
    int m_pollIntervalMs;
    std::function<qint64()> m_clock;
    QString m_topicPrefix;
    AssetDirectoryPtr m_directory;
    SlaPolicy m_sla;
    SqliteConnection m_db;
    std::unique_ptr<InterventionStore> m_store;
    QTimer *m_poll = nullptr;
    bool m_pollOk = true;
    QHash<qint64, Intervention> m_cache;   ///< Latest stored version known, by id.
    QHash<qint64, Intervention> m_pending; ///< Changed since the last interventionsChanged.
    QVector<InterventionEvent> m_events;   ///< Appended in the current transaction.
    bool m_flushQueued = false;
};

InterventionService::InterventionService(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_thread.setObjectName(QStringLiteral("vigie-interventions"));
    qRegisterMetaType<vigie::Intervention>();
    qRegisterMetaType<vigie::InterventionChange>();
    qRegisterMetaType<vigie::CrewStatusReport>();
    qRegisterMetaType<QVector<vigie::Intervention>>();
    qRegisterMetaType<vigie::Error>();
    qRegisterMetaType<vigie::SlaPolicy>();
}

InterventionService::~InterventionService()
{
    stop();
}

void InterventionService::start(AssetDirectoryPtr directory, const SlaPolicy &sla)
{
    if (m_worker)
        return;
    m_worker = new Worker(this, m_storePath, m_pollIntervalMs, m_clock, m_topicPrefix, std::move(directory), sla);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->start(); }, Qt::QueuedConnection);
}

void InterventionService::stop()
{
    Worker *worker = std::exchange(m_worker, nullptr);
    if (!worker)
        return;
    // The worker never waits for this thread, so this cannot deadlock.
    QMetaObject::invokeMethod(worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

void InterventionService::submit(const InterventionChange &change)
{
    if (Worker *worker = m_worker) {
        QMetaObject::invokeMethod(worker, [worker, change] { worker->submit(change); }, Qt::QueuedConnection);
        return;
    }
    emit refused(change.requestId,
                 Error{QStringLiteral("notStarted"), QStringLiteral("The intervention service is not running.")}, Intervention());
}

void InterventionService::applyCrewStatus(const CrewStatusReport &report)
{
    if (Worker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker, report] { worker->applyCrewStatus(report); }, Qt::QueuedConnection);
    else
        qCWarning(lcInterventions) << "crew report" << report.messageId << "dropped: the service is not running";
}

void InterventionService::setSlaPolicy(const SlaPolicy &sla)
{
    if (Worker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker, sla] { worker->setSla(sla); }, Qt::QueuedConnection);
}

} // namespace vigie
