#include "interventions/interventionservice.h"
#include "interventions/interventionstore.h"
#include "storage/sqlite.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace vigie;

namespace {

constexpr qint64 kT0 = 1'764'529'200'000; // 2025-11-30T19:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QString kLamp1 = QStringLiteral("urn:ngsi-ld:Streetlight:testville:1");
const QString kLamp2 = QStringLiteral("urn:ngsi-ld:Streetlight:testville:2");
const QString kNord = QStringLiteral("eclairage-nord");
const QString kSud = QStringLiteral("eclairage-sud");

AssetDirectoryPtr city()
{
    QVector<AssetRecord> assets;
    for (int i = 1; i <= 2; ++i) {
        AssetRecord r;
        r.id = QStringLiteral("urn:ngsi-ld:Streetlight:testville:%1").arg(i);
        r.kind = AssetKind::Streetlight;
        r.layerId = QStringLiteral("lights");
        r.label = QStringLiteral("Lanterne %1").arg(i);
        r.lon = 3.87 + i * 0.001;
        r.lat = 43.61;
        assets << r;
    }
    return std::make_shared<AssetDirectory>(assets);
}

/// A store file at the latest schema, with three crews (one inactive).
bool makeStore(const QString &path)
{
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        if (!store)
            return false;
    }
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    return db && db->exec("INSERT INTO crew(id, name) VALUES ('eclairage-nord', 'Éclairage Nord'), "
                          "('eclairage-sud', 'Éclairage Sud');"
                          "INSERT INTO crew(id, name, active) VALUES ('retired', 'Ancienne équipe', 0);")
                     .ok();
}

struct Reply
{
    bool ok = false;
    Error error;
    Intervention before;
    Intervention after;    ///< Applied: the stored result. Refused: the current row.
};

/// One InterventionService on a store file, with a settable clock and its replies by request id.
struct Session
{
    Session(const QString &path, std::shared_ptr<std::atomic<qint64>> clock, int pollMs = 60'000)
        : service(path)
        , changed(&service, &InterventionService::interventionsChanged)
        , outbox(&service, &InterventionService::outboxChanged)
        , failed(&service, &InterventionService::failed)
    {
        service.setPollInterval(pollMs);
        service.setClock([clock] { return clock->load(); });
        QObject::connect(&service, &InterventionService::applied, &service,
                         [this](qint64 id, const Intervention &before, const Intervention &after) {
                             replies.insert(id, Reply{true, {}, before, after});
                         });
        QObject::connect(&service, &InterventionService::refused, &service,
                         [this](qint64 id, const Error &error, const Intervention &current) {
                             replies.insert(id, Reply{false, error, {}, current});
                         });
    }

    bool start()
    {
        service.start(city(), SlaPolicy());
        return changed.wait(5000) && changed.constLast().at(1).toBool();
    }

    Reply send(InterventionChange c)
    {
        c.requestId = ++lastRequest;
        if (c.actor.isEmpty())
            c.actor = QStringLiteral("Nadia");
        service.submit(c);
        const qint64 id = c.requestId;
        if (!QTest::qWaitFor([&] { return replies.contains(id); }, 5000))
            return Reply{false, Error{QStringLiteral("timeout"), QStringLiteral("no reply")}, {}, {}};
        return replies.take(id);
    }

    /// The latest version of `id` this session was told about through interventionsChanged.
    int seenVersion(qint64 id) const
    {
        int version = 0;
        for (const QList<QVariant> &args : changed) {
            for (const Intervention &i : args.at(0).value<QVector<Intervention>>()) {
                if (i.id == id)
                    version = i.version;
            }
        }
        return version;
    }

    InterventionService service;
    QSignalSpy changed;
    QSignalSpy outbox;
    QSignalSpy failed;
    QHash<qint64, Reply> replies;
    qint64 lastRequest = 0;
};

InterventionChange change(InterventionChange::Action action, const Intervention &on)
{
    InterventionChange c;
    c.action = action;
    c.interventionId = on.id;
    c.expectedVersion = on.version;
    return c;
}

InterventionChange createChange(const QString &description = QStringLiteral("Lanterne éteinte"))
{
    InterventionChange c;
    c.action = InterventionChange::Action::Create;
    c.fields.kind = InterventionKind::Lighting;
    c.fields.assetIds = {kLamp1};
    c.fields.location = QStringLiteral("Rue de Bari");
    c.fields.description = description;
    c.fields.alarmIds = {7, 9};
    c.fields.priority = AlarmPriority::Urgent;
    c.fields.score = 70;
    c.fields.breakdown.score = 70;
    c.fields.breakdown.terms = {PriorityTerm{QStringLiteral("alarmPriority"), 0, QStringLiteral("urgent"), 40, 40},
                                PriorityTerm{QStringLiteral("socialStakes"), std::nan(""), QStringLiteral("—"), 15, 30}};
    return c;
}

InterventionChange statusChange(const Intervention &on, InterventionStatus to, const QString &text = {})
{
    InterventionChange c = change(InterventionChange::Action::SetStatus, on);
    c.status = to;
    c.text = text;
    return c;
}

InterventionChange assignChange(const Intervention &on, const QString &crew)
{
    InterventionChange c = change(InterventionChange::Action::Assign, on);
    c.crewId = crew;
    return c;
}

CrewStatusReport crewReport(const QString &messageId, const QString &crew, const Intervention &on, InterventionStatus status,
                            const QString &note = {})
{
    CrewStatusReport r;
    r.messageId = messageId;
    r.crewId = crew;
    r.interventionId = on.id;
    r.version = on.version;
    r.status = status;
    r.note = note;
    r.atMs = r.receivedAtMs = kT0;
    return r;
}

/// Reads the store from the test's own connection.
struct Reader
{
    explicit Reader(const QString &path)
        : db(SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly).value())
        , store(db)
    {
    }
    Intervention row(qint64 id) { return store.loadOne(id).value(); }
    QVector<InterventionEvent> events(qint64 id) { return store.events(id).value(); }
    QVector<OutboxMessage> outbox(qint64 id) { return store.outbox(id).value(); }
    QStringList actions(qint64 id)
    {
        QStringList out;
        for (const InterventionEvent &e : events(id))
            out << e.action;
        return out;
    }
    SqliteConnection db;
    InterventionStore store;
};

QJsonObject json(const QByteArray &payload) { return QJsonDocument::fromJson(payload).object(); }

} // namespace

class TestInterventionService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createEditAssignDispatchFlow();
    void refusals();
    void failedChangeLeavesNoTrace();
    void undoAndRedo();
    void undoRefusedAfterDispatch();
    void reassignmentAfterDispatchCancelsOldCrew();
    void cancelAfterDispatchTellsTheCrew();
    void crewStatusDedupAndAuditOnly();
    void twoInstances();
    void loadsOpenAndRecentlyClosed();
    void refusesOldSchema();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<std::atomic<qint64>> m_clock;
};

void TestInterventionService::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    QVERIFY(makeStore(m_path));
    m_clock = std::make_shared<std::atomic<qint64>>(kT0);
}

void TestInterventionService::createEditAssignDispatchFlow()
{
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    QVERIFY(s.changed.constLast().at(0).value<QVector<Intervention>>().isEmpty());

    const Reply created = s.send(createChange());
    QVERIFY2(created.ok, qPrintable(created.error.message));
    Intervention i = created.after;
    QVERIFY(i.id > 0);
    QCOMPARE(created.before.id, 0);
    QCOMPARE(i.version, 1);
    QCOMPARE(i.status, InterventionStatus::New);
    QCOMPARE(i.createdAtMs, kT0);
    QCOMPARE(i.createdBy, QStringLiteral("Nadia"));
    QCOMPARE(i.dueAtMs, kT0 + SlaPolicy().dueAfter(AlarmPriority::Urgent));
    QCOMPARE(i.lon, 3.871); // no place given: the first asset's
    QTRY_COMPARE_WITH_TIMEOUT(s.seenVersion(i.id), 1, 5000);

    m_clock->store(kT0 + kMinute);
    InterventionChange edit = change(InterventionChange::Action::Edit, i);
    edit.fields = i;
    edit.fields.description = QStringLiteral("Lanterne éteinte, mât penché");
    edit.fields.assetIds = {kLamp1, kLamp2};
    const Reply edited = s.send(edit);
    QVERIFY2(edited.ok, qPrintable(edited.error.message));
    QCOMPARE(edited.before.version, 1);
    i = edited.after;
    QCOMPARE(i.version, 2);
    QCOMPARE(i.updatedAtMs, kT0 + kMinute);
    QCOMPARE(i.score, 70.0); // the stored breakdown came back from JSON
    QCOMPARE(i.breakdown.terms.size(), 2);
    QVERIFY(std::isnan(i.breakdown.terms.at(1).input));

    const Reply assigned = s.send(assignChange(i, kNord));
    QVERIFY2(assigned.ok, qPrintable(assigned.error.message));
    i = assigned.after;
    QCOMPARE(i.status, InterventionStatus::Assigned);
    QCOMPARE(i.crewId, kNord);
    QVERIFY(!i.isDispatched());
    QCOMPARE(s.outbox.count(), 0);

    m_clock->store(kT0 + 2 * kMinute);
    const Reply dispatched = s.send(change(InterventionChange::Action::Dispatch, i));
    QVERIFY2(dispatched.ok, qPrintable(dispatched.error.message));
    i = dispatched.after;
    QCOMPARE(i.version, 4);
    QCOMPARE(i.dispatchedVersion, 4);
    QCOMPARE(i.dispatchedAtMs, kT0 + 2 * kMinute);
    QTRY_COMPARE_WITH_TIMEOUT(s.outbox.count(), 1, 5000);

    Reader reader(m_path);
    const QVector<OutboxMessage> rows = reader.outbox(i.id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).messageKey, QStringLiteral("%1:4").arg(i.id));
    QCOMPARE(rows.at(0).crewId, kNord);
    QCOMPARE(rows.at(0).version, 4);
    QCOMPARE(rows.at(0).topic, QStringLiteral("vigie/crews/eclairage-nord/interventions"));
    const QJsonObject o = json(rows.at(0).payload);
    QCOMPARE(o.value("messageId").toString(), QStringLiteral("%1:4").arg(i.id));
    QCOMPARE(o.value("interventionId").toInteger(), i.id);
    QCOMPARE(o.value("version").toInt(), 4);
    QCOMPARE(o.value("status").toString(), QStringLiteral("assigned"));
    QCOMPARE(o.value("kind").toString(), QStringLiteral("lighting"));
    QCOMPARE(o.value("priority").toString(), QStringLiteral("urgent"));
    QCOMPARE(o.value("description").toString(), QStringLiteral("Lanterne éteinte, mât penché"));
    QCOMPARE(o.value("dueAt").toString(), QStringLiteral("2025-11-30T21:00:00.000Z"));
    QCOMPARE(o.value("sentAt").toString(), QStringLiteral("2025-11-30T19:02:00.000Z"));
    QCOMPARE(o.value("location").toObject().value("text").toString(), QStringLiteral("Rue de Bari"));
    const QJsonArray assets = o.value("assets").toArray();
    QCOMPARE(assets.size(), 2);
    QCOMPARE(assets.at(1).toObject().value("id").toString(), kLamp2);
    QCOMPARE(assets.at(1).toObject().value("label").toString(), QStringLiteral("Lanterne 2"));
    QCOMPARE(assets.at(1).toObject().value("lon").toDouble(), 3.872);

    // The crew works it through to the end.
    const QVector<InterventionStatus> field = {InterventionStatus::Accepted, InterventionStatus::EnRoute,
                                               InterventionStatus::OnSite, InterventionStatus::Done};
    for (int k = 0; k < field.size(); ++k)
        s.service.applyCrewStatus(crewReport(QStringLiteral("nord:%1").arg(k), kNord, i, field.at(k), k == 3 ? "Lampe changée" : ""));
    QTRY_COMPARE_WITH_TIMEOUT(s.seenVersion(i.id), 8, 5000);
    const Intervention done = reader.row(i.id);
    QCOMPARE(done.status, InterventionStatus::Done);
    QCOMPARE(done.closedAtMs, kT0 + 2 * kMinute);
    QCOMPARE(done.updatedBy, QStringLiteral("crew:eclairage-nord"));
    QCOMPARE(done.assetIds, (QStringList{kLamp1, kLamp2}));
    QCOMPARE(done.alarmIds, (QVector<qint64>{7, 9}));

    // The audit trail tells the whole story.
    const QVector<InterventionEvent> events = reader.events(i.id);
    QCOMPARE(reader.actions(i.id), (QStringList{"create", "edit", "assign", "dispatch", "status", "status", "status", "status"}));
    QCOMPARE(events.at(0).actor, QStringLiteral("Nadia"));
    QCOMPARE(events.at(1).version, 2);
    QVERIFY2(events.at(1).text.contains("description") && events.at(1).text.contains("assets"), qPrintable(events.at(1).text));
    QCOMPARE(events.at(2).text, kNord);
    QCOMPARE(events.at(3).version, 4);
    QCOMPARE(events.at(7).actor, QStringLiteral("crew:eclairage-nord"));
    QCOMPARE(events.at(7).from, InterventionStatus::OnSite);
    QCOMPARE(events.at(7).to, InterventionStatus::Done);
    QCOMPARE(events.at(7).text, QStringLiteral("Lampe changée"));

    // A note is an audit entry, not a new version.
    InterventionChange note = change(InterventionChange::Action::AddNote, done);
    note.expectedVersion = 1; // notes never conflict
    note.text = QStringLiteral("Vérifié sur place");
    const Reply noted = s.send(note);
    QVERIFY(noted.ok);
    QCOMPARE(noted.after.version, 8);
    QCOMPARE(reader.events(i.id).constLast().action, QStringLiteral("note"));
    QCOMPARE(reader.events(i.id).constLast().text, note.text);
    QCOMPARE(s.failed.count(), 0);
}

void TestInterventionService::refusals()
{
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    Intervention i = s.send(createChange()).after;
    QVERIFY(i.id > 0);

    auto refusedWith = [&](const InterventionChange &c, const char *code) {
        const Reply r = s.send(c);
        if (r.ok || r.error.code != QLatin1String(code))
            qWarning() << "expected" << code << "got" << (r.ok ? QStringLiteral("applied") : r.error.code) << r.error.message;
        return !r.ok && r.error.code == QLatin1String(code) && !r.error.message.isEmpty();
    };

    // invalid: neither an asset nor a place; an asset not in the city; a bad place; unknown crews.
    InterventionChange nowhere = createChange();
    nowhere.fields.assetIds.clear();
    QVERIFY(refusedWith(nowhere, "invalid"));
    InterventionChange stranger = createChange();
    stranger.fields.assetIds = {QStringLiteral("urn:ngsi-ld:Streetlight:elsewhere:1")};
    QVERIFY(refusedWith(stranger, "invalid"));
    InterventionChange offEarth = createChange();
    offEarth.fields.lon = 200;
    offEarth.fields.lat = 43;
    QVERIFY(refusedWith(offEarth, "invalid"));
    QVERIFY(refusedWith(assignChange(i, QStringLiteral("nobody")), "invalid"));
    QVERIFY(refusedWith(assignChange(i, QStringLiteral("retired")), "invalid"));
    QVERIFY(refusedWith(assignChange(i, QStringLiteral("Bad Crew/#")), "invalid"));
    InterventionChange emptyNote = change(InterventionChange::Action::AddNote, i);
    QVERIFY(refusedWith(emptyNote, "invalid"));

    // notFound
    Intervention ghost = i;
    ghost.id = 999;
    QVERIFY(refusedWith(change(InterventionChange::Action::Dispatch, ghost), "notFound"));

    // illegalTransition names both statuses; reasonRequired.
    const Reply illegal = s.send(statusChange(i, InterventionStatus::Done));
    QCOMPARE(illegal.error.code, QStringLiteral("illegalTransition"));
    QVERIFY(illegal.error.message.contains("new") && illegal.error.message.contains("done"));
    QCOMPARE(illegal.after.version, 1); // the current row comes with the refusal
    QVERIFY(refusedWith(statusChange(i, InterventionStatus::Blocked, QStringLiteral("  ")), "reasonRequired"));

    // noCrew: Dispatch and Unassign without a crew.
    QVERIFY(refusedWith(change(InterventionChange::Action::Dispatch, i), "noCrew"));
    QVERIFY(refusedWith(change(InterventionChange::Action::Unassign, i), "noCrew"));

    // conflict: the supervisor saw an older version.
    i = s.send(assignChange(i, kNord)).after;
    QCOMPARE(i.version, 2);
    InterventionChange stale = change(InterventionChange::Action::Edit, i);
    stale.fields = i;
    stale.expectedVersion = 1;
    const Reply conflict = s.send(stale);
    QCOMPARE(conflict.error.code, QStringLiteral("conflict"));
    QCOMPARE(conflict.after.version, 2);
    QCOMPARE(conflict.after.crewId, kNord);

    // Reassigning to the same crew is no change.
    QVERIFY(refusedWith(assignChange(i, kNord), "invalid"));

    // alreadyDispatched: Unassign (or its status move) once the crew was sent the job.
    const Reply dispatched = s.send(change(InterventionChange::Action::Dispatch, i));
    QVERIFY(dispatched.ok);
    i = dispatched.after;
    QVERIFY(refusedWith(change(InterventionChange::Action::Unassign, i), "alreadyDispatched"));
    QVERIFY(refusedWith(statusChange(i, InterventionStatus::New), "alreadyDispatched"));
    // Closed work is not sent.
    i = s.send(statusChange(i, InterventionStatus::Cancelled, QStringLiteral("doublon"))).after;
    QCOMPARE(i.status, InterventionStatus::Cancelled);
    QVERIFY(refusedWith(change(InterventionChange::Action::Dispatch, i), "invalid"));
    // Reopened: needs a crew again.
    i = s.send(statusChange(i, InterventionStatus::Reopened)).after;
    QCOMPARE(i.status, InterventionStatus::Reopened);
    QVERIFY(i.crewId.isEmpty());
    QCOMPARE(i.closedAtMs, 0);
    QVERIFY(refusedWith(statusChange(i, InterventionStatus::Accepted), "illegalTransition"));

    // Nothing refused left a trace in the audit trail.
    Reader reader(m_path);
    QCOMPARE(reader.actions(i.id), (QStringList{"create", "assign", "dispatch", "status", "status"}));
}

void TestInterventionService::failedChangeLeavesNoTrace()
{
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    Intervention i = s.send(createChange()).after;
    i = s.send(assignChange(i, kNord)).after;
    // The outbox already holds the key this dispatch needs: its last write fails, after the
    // row and the event were written, and the whole change is rolled back.
    {
        auto db = SqliteConnection::open(m_path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db);
        auto insert = db->prepare("INSERT INTO dispatch_outbox(message_key, intervention_id, version, crew_id, topic, payload, "
                                  "created_at_ms) VALUES (?, ?, 3, 'eclairage-nord', 't', '{\"status\":\"cancelled\"}', 0)");
        QVERIFY(insert);
        insert->bind(1, QStringLiteral("%1:3").arg(i.id));
        insert->bind(2, i.id);
        QVERIFY(insert->run().ok());
    }
    const Reply r = s.send(change(InterventionChange::Action::Dispatch, i));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.code, QStringLiteral("storeSql"));
    Reader reader(m_path);
    QCOMPARE(reader.row(i.id).version, 2);
    QCOMPARE(reader.row(i.id).dispatchedVersion, 0);
    QCOMPARE(reader.actions(i.id), (QStringList{"create", "assign"}));
    QCOMPARE(reader.outbox(i.id).size(), 1); // only the row put there by the test
    QCOMPARE(s.outbox.count(), 0);
}

void TestInterventionService::undoAndRedo()
{
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    const Intervention v1 = s.send(createChange(QStringLiteral("avant"))).after;
    InterventionChange edit = change(InterventionChange::Action::Edit, v1);
    edit.fields = v1;
    edit.fields.description = QStringLiteral("après");
    edit.fields.priority = AlarmPriority::Low;
    edit.fields.dueAtMs = 0; // follows the new priority
    const Reply edited = s.send(edit);
    QVERIFY(edited.ok);
    QCOMPARE(edited.after.dueAtMs, v1.createdAtMs + SlaPolicy().dueAfter(AlarmPriority::Low));
    Reply assigned = s.send(assignChange(edited.after, kSud));
    QVERIFY(assigned.ok);

    // Undo the assignment, then the edit: each restores its `before` snapshot.
    InterventionChange undo = change(InterventionChange::Action::Revert, assigned.after);
    undo.fields = assigned.before;
    const Reply undone1 = s.send(undo);
    QVERIFY2(undone1.ok, qPrintable(undone1.error.message));
    QCOMPARE(undone1.after.version, 4);
    QCOMPARE(undone1.after.status, InterventionStatus::New);
    QVERIFY(undone1.after.crewId.isEmpty());

    undo = change(InterventionChange::Action::Revert, undone1.after);
    undo.fields = edited.before;
    const Reply undone2 = s.send(undo);
    QVERIFY(undone2.ok);
    QCOMPARE(undone2.after.version, 5);
    QCOMPARE(undone2.after.description, QStringLiteral("avant"));
    QCOMPARE(undone2.after.priority, AlarmPriority::Urgent);
    QCOMPARE(undone2.after.dueAtMs, v1.dueAtMs);
    QCOMPARE(undone2.after.createdBy, v1.createdBy);

    // Redo is a Revert to the `after` snapshot.
    InterventionChange redo = change(InterventionChange::Action::Revert, undone2.after);
    redo.fields = edited.after;
    const Reply redone = s.send(redo);
    QVERIFY(redone.ok);
    QCOMPARE(redone.after.version, 6);
    QCOMPARE(redone.after.description, QStringLiteral("après"));
    QCOMPARE(redone.after.priority, AlarmPriority::Low);

    // A snapshot of another intervention is no undo.
    InterventionChange wrong = change(InterventionChange::Action::Revert, redone.after);
    wrong.fields = redone.after;
    wrong.fields.id = 999;
    QCOMPARE(s.send(wrong).error.code, QStringLiteral("invalid"));

    Reader reader(m_path);
    const QVector<InterventionEvent> events = reader.events(v1.id);
    QCOMPARE(reader.actions(v1.id), (QStringList{"create", "edit", "assign", "undo", "undo", "undo"}));
    QCOMPARE(events.at(3).from, InterventionStatus::Assigned);
    QCOMPARE(events.at(3).to, InterventionStatus::New);
    QVERIFY(events.at(4).text.contains("1"));
}

void TestInterventionService::undoRefusedAfterDispatch()
{
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    Intervention i = s.send(createChange()).after;
    const Reply assigned = s.send(assignChange(i, kNord));
    const Reply dispatched = s.send(change(InterventionChange::Action::Dispatch, assigned.after));
    QVERIFY(dispatched.ok);

    // Neither the dispatch nor the assignment before it can be undone now.
    for (const Intervention &snapshot : {dispatched.before, assigned.before}) {
        InterventionChange undo = change(InterventionChange::Action::Revert, dispatched.after);
        undo.fields = snapshot;
        const Reply r = s.send(undo);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QStringLiteral("alreadyDispatched"));
    }
    // A change made after the dispatch still can.
    InterventionChange edit = change(InterventionChange::Action::Edit, dispatched.after);
    edit.fields = dispatched.after;
    edit.fields.description = QStringLiteral("précision");
    const Reply edited = s.send(edit);
    QVERIFY(edited.ok);
    InterventionChange undo = change(InterventionChange::Action::Revert, edited.after);
    undo.fields = edited.before;
    QVERIFY(s.send(undo).ok);
}

void TestInterventionService::reassignmentAfterDispatchCancelsOldCrew()
{
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    Intervention i = s.send(createChange()).after;
    i = s.send(assignChange(i, kNord)).after;
    i = s.send(change(InterventionChange::Action::Dispatch, i)).after; // v3 to nord
    i = s.send(assignChange(i, kSud)).after;                           // v4, reassignment
    QCOMPARE(i.status, InterventionStatus::Assigned);
    QCOMPARE(i.crewId, kSud);
    Reader reader(m_path);
    QCOMPARE(reader.outbox(i.id).size(), 1); // nothing sent before the next dispatch
    QCOMPARE(reader.events(i.id).constLast().text, QStringLiteral("eclairage-sud (was eclairage-nord)"));

    const Reply dispatched = s.send(change(InterventionChange::Action::Dispatch, i)); // v5
    QVERIFY(dispatched.ok);
    const QVector<OutboxMessage> rows = reader.outbox(i.id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).messageKey, QStringLiteral("%1:5").arg(i.id));
    QCOMPARE(rows.at(1).crewId, kSud);
    QCOMPARE(json(rows.at(1).payload).value("status").toString(), QStringLiteral("assigned"));
    QCOMPARE(rows.at(2).messageKey, QStringLiteral("%1:5:eclairage-nord").arg(i.id));
    QCOMPARE(rows.at(2).crewId, kNord);
    QCOMPARE(rows.at(2).topic, QStringLiteral("vigie/crews/eclairage-nord/interventions"));
    QCOMPARE(json(rows.at(2).payload).value("status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(json(rows.at(2).payload).value("messageId").toString(), QStringLiteral("%1:5").arg(i.id));
    QCOMPARE(reader.store.crewsHolding(i.id).value(), QStringList{kSud});

    // Sending again tells nord nothing more.
    s.send(change(InterventionChange::Action::Dispatch, dispatched.after));
    QCOMPARE(reader.outbox(i.id).size(), 4);
}

void TestInterventionService::cancelAfterDispatchTellsTheCrew()
{
    Session s(m_path, m_clock);
    s.service.setTopicPrefix(QStringLiteral("ville/equipes"));
    QVERIFY(s.start());
    Intervention i = s.send(createChange()).after;
    // Cancelling what was never sent sends nothing.
    Intervention quiet = s.send(createChange()).after;
    quiet = s.send(assignChange(quiet, kNord)).after;
    QVERIFY(s.send(statusChange(quiet, InterventionStatus::Cancelled)).ok);

    i = s.send(assignChange(i, kNord)).after;
    i = s.send(change(InterventionChange::Action::Dispatch, i)).after;
    QTRY_COMPARE_WITH_TIMEOUT(s.outbox.count(), 1, 5000);
    const Reply cancelled = s.send(statusChange(i, InterventionStatus::Cancelled, QStringLiteral("doublon")));
    QVERIFY(cancelled.ok);
    QCOMPARE(cancelled.after.dispatchedVersion, cancelled.after.version);
    QVERIFY(cancelled.after.closedAtMs > 0);
    QTRY_COMPARE_WITH_TIMEOUT(s.outbox.count(), 2, 5000);
    Reader reader(m_path);
    const QVector<OutboxMessage> rows = reader.outbox(i.id);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).messageKey, QStringLiteral("%1:%2").arg(i.id).arg(cancelled.after.version));
    QCOMPARE(rows.at(1).topic, QStringLiteral("ville/equipes/eclairage-nord/interventions"));
    QCOMPARE(json(rows.at(1).payload).value("status").toString(), QStringLiteral("cancelled"));
    QVERIFY(reader.store.crewsHolding(i.id).value().isEmpty());
    QVERIFY(reader.outbox(quiet.id).isEmpty());
}

void TestInterventionService::crewStatusDedupAndAuditOnly()
{
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    Intervention i = s.send(createChange()).after;
    i = s.send(assignChange(i, kNord)).after;
    i = s.send(change(InterventionChange::Action::Dispatch, i)).after; // v3

    // The same report twice (a redelivery) is applied once.
    s.service.applyCrewStatus(crewReport("nord:1", kNord, i, InterventionStatus::Accepted));
    s.service.applyCrewStatus(crewReport("nord:1", kNord, i, InterventionStatus::Accepted));
    // Illegal from accepted: audit only.
    s.service.applyCrewStatus(crewReport("nord:2", kNord, i, InterventionStatus::Done, "fini"));
    // Another crew's report: audit only.
    s.service.applyCrewStatus(crewReport("sud:1", kSud, i, InterventionStatus::OnSite));
    // Blocked without a reason: audit only; with one: applied.
    s.service.applyCrewStatus(crewReport("nord:3", kNord, i, InterventionStatus::Blocked));
    s.service.applyCrewStatus(crewReport("nord:4", kNord, i, InterventionStatus::Blocked, "Accès fermé"));
    // A report on an intervention that does not exist is dropped.
    Intervention ghost = i;
    ghost.id = 999;
    s.service.applyCrewStatus(crewReport("nord:5", kNord, ghost, InterventionStatus::OnSite));
    // A late duplicate after the block changes nothing.
    s.service.applyCrewStatus(crewReport("nord:1", kNord, i, InterventionStatus::Accepted));
    // Marks the end: a note goes through the same queue, after the reports.
    InterventionChange note = change(InterventionChange::Action::AddNote, i);
    note.text = QStringLiteral("fin");
    QVERIFY(s.send(note).ok);

    Reader reader(m_path);
    const Intervention row = reader.row(i.id);
    QCOMPARE(row.status, InterventionStatus::Blocked);
    QCOMPARE(row.version, 5); // accepted (v4), blocked (v5)
    QCOMPARE(row.blockedReason, QStringLiteral("Accès fermé"));
    const QVector<InterventionEvent> events = reader.events(i.id);
    QCOMPARE(reader.actions(i.id),
             (QStringList{"create", "assign", "dispatch", "status", "crewStatus", "crewStatus", "crewStatus", "status", "note"}));
    QCOMPARE(events.at(3).actor, QStringLiteral("crew:eclairage-nord"));
    QCOMPARE(events.at(4).version, 4); // audit only: no new version
    QVERIFY2(events.at(4).text.contains("accepted") && events.at(4).text.contains("done") && events.at(4).text.contains("fini"),
             qPrintable(events.at(4).text));
    QCOMPARE(events.at(5).actor, QStringLiteral("crew:eclairage-sud"));
    QVERIFY2(events.at(5).text.contains(kNord), qPrintable(events.at(5).text));
    QCOMPARE(events.at(6).to, InterventionStatus::Blocked);
    QCOMPARE(events.at(7).text, QStringLiteral("Accès fermé"));
    QTRY_COMPARE_WITH_TIMEOUT(s.seenVersion(i.id), 5, 5000);
}

void TestInterventionService::twoInstances()
{
    Session a(m_path, m_clock, 50);
    Session b(m_path, m_clock, 50);
    QVERIFY(a.start());
    QVERIFY(b.start());

    const Intervention v1 = a.send(createChange()).after;
    QVERIFY(v1.id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(b.seenVersion(v1.id), 1, 5000); // B polls it in

    InterventionChange editA = change(InterventionChange::Action::Edit, v1);
    editA.fields = v1;
    editA.fields.description = QStringLiteral("par A");
    editA.actor = QStringLiteral("Alice");
    const Reply fromA = a.send(editA);
    QVERIFY(fromA.ok);
    QCOMPARE(fromA.after.version, 2);
    QTRY_COMPARE_WITH_TIMEOUT(b.seenVersion(v1.id), 2, 5000);
    Intervention seenByB;
    for (const Intervention &i : b.changed.constLast().at(0).value<QVector<Intervention>>()) {
        if (i.id == v1.id)
            seenByB = i;
    }
    QCOMPARE(seenByB.description, QStringLiteral("par A"));
    QCOMPARE(seenByB.updatedBy, QStringLiteral("Alice"));

    // B edits from what it saw before: refused, with A's version.
    InterventionChange editB = change(InterventionChange::Action::Edit, v1);
    editB.fields = v1;
    editB.fields.description = QStringLiteral("par B");
    const Reply fromB = b.send(editB);
    QVERIFY(!fromB.ok);
    QCOMPARE(fromB.error.code, QStringLiteral("conflict"));
    QCOMPARE(fromB.after.version, 2);
    QCOMPARE(fromB.after.description, QStringLiteral("par A"));

    // From the current version, B's edit goes through and A polls it in.
    editB.expectedVersion = 2;
    QVERIFY(b.send(editB).ok);
    QTRY_COMPARE_WITH_TIMEOUT(a.seenVersion(v1.id), 3, 5000);
    Reader reader(m_path);
    QCOMPARE(reader.row(v1.id).description, QStringLiteral("par B"));
}

void TestInterventionService::loadsOpenAndRecentlyClosed()
{
    qint64 open = 0, closedRecently = 0, closedLongAgo = 0;
    {
        Session s(m_path, m_clock);
        QVERIFY(s.start());
        open = s.send(createChange()).after.id;
        Intervention old = s.send(createChange()).after;
        QVERIFY(s.send(statusChange(old, InterventionStatus::Cancelled)).ok);
        closedLongAgo = old.id;
        m_clock->store(kT0 + 5 * kDay);
        Intervention recent = s.send(createChange()).after;
        QVERIFY(s.send(statusChange(recent, InterventionStatus::Cancelled)).ok);
        closedRecently = recent.id;
    }
    m_clock->store(kT0 + 8 * kDay);
    Session s(m_path, m_clock);
    QVERIFY(s.start());
    QSet<qint64> loaded;
    for (const Intervention &i : s.changed.constLast().at(0).value<QVector<Intervention>>())
        loaded.insert(i.id);
    QCOMPARE(loaded, (QSet<qint64>{open, closedRecently}));
    QVERIFY(!loaded.contains(closedLongAgo));
}

void TestInterventionService::refusesOldSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db && db->exec("PRAGMA user_version = 4").ok());
    }
    InterventionService service(path);
    QSignalSpy failed(&service, &InterventionService::failed);
    QSignalSpy refused(&service, &InterventionService::refused);
    service.start(city(), SlaPolicy());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.constFirst().at(0).value<Error>().code, QStringLiteral("storeTooOld"));
    InterventionChange c = createChange();
    c.requestId = 1;
    service.submit(c);
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.constFirst().at(1).value<Error>().code, QStringLiteral("notStarted"));
    service.stop();
    service.stop(); // idempotent
}

QTEST_GUILESS_MAIN(TestInterventionService)
#include "tst_interventionservice.moc"
