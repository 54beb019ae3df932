#include "alarms/alarmservice.h"
#include "coordination/coordinationtypes.h"
#include "domain/settingschange.h"
#include "alarms/alarmstore.h"
#include "coordination/coordinationtypes.h"
#include "domain/quantity.h"
#include "storage/store.h"
#include "storage/storewriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace vigie;

namespace {

constexpr qint64 kT0 = 1'750'000'000'000; // June 2025, UTC ms
constexpr qint64 kMinute = 60'000;

AssetDirectoryPtr city()
{
    QVector<AssetRecord> assets;
    for (int i = 0; i < 4; ++i) {
        AssetRecord r;
        r.kind = AssetKind::WasteContainer;
        r.id = QStringLiteral("urn:ngsi-ld:WasteContainer:test:%1").arg(i);
        r.layerId = QStringLiteral("containers");
        r.lon = 3.88;
        r.lat = 43.61;
        assets << r;
    }
    return std::make_shared<AssetDirectory>(assets);
}

Observation reading(qint32 asset, const QLatin1String &quantity, double number, const QString &text, qint64 at)
{
    Observation o;
    o.assetIndex = asset;
    o.assetId = QStringLiteral("urn:ngsi-ld:WasteContainer:test:%1").arg(asset);
    o.quantity = quantity;
    o.number = number;
    o.text = text;
    o.observedAtMs = at;
    o.receivedAtMs = at;
    return o;
}

Observation fill(qint32 asset, double level, qint64 at)
{
    return reading(asset, quantity::fillingLevel, level, QString(), at);
}

qint64 ruleId(const AlarmRules &rules, const char *key)
{
    for (const AlarmRule &r : rules) {
        if (r.key == QLatin1String(key))
            return r.id;
    }
    return 0;
}

const Alarm *find(const QVector<Alarm> &alarms, qint32 asset, qint64 rule)
{
    for (const Alarm &a : alarms) {
        if (a.assetIndex == asset && a.ruleId == rule)
            return &a;
    }
    return nullptr;
}

/// A service on a store file, with an injected clock, persisting through a real StoreWriter
/// (on this thread: the worker's writes arrive as queued calls).
struct Session
{
    explicit Session(const QString &path, std::shared_ptr<std::atomic<qint64>> clock, AlarmSettings settings = {},
                     AssetDirectoryPtr directory = city(), AssetGroupTable groups = AssetGroupTable(4))
        : writer(path)
        , service(settings)
    {
        writer.start();
        service.setCity(std::move(directory), std::move(groups));
        if (clock)
            service.setClock([clock] { return clock->load(); });
    }
    bool start(const QString &path)
    {
        QSignalSpy rules(&service, &AlarmService::rulesChanged);
        QSignalSpy delta(&service, &AlarmService::alarmsChanged);
        service.start(path, &writer);
        return rules.wait(5000) && (!delta.isEmpty() || delta.wait(5000));
    }
    /// Stops the service, lets its last write reach the writer, commits and closes.
    void stop()
    {
        service.stop();
        QCoreApplication::processEvents(); // the queued writeAlarms()
        writer.stop();
    }
    StoreWriter writer;
    AlarmService service;
};

} // namespace

class TestAlarmService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void rulesChangeListsWhatChanged();
    void settingsChangeComparesNestedFields();
    void containerFullAfterOnDelay();
    void urgentAlarmIsAnnounced();
    void persistsAcrossRestart();
    void restoredSilenceClearsOnMessage();
    void refusesDuplicateRules();
    void floodReachesTheListAsOneParent();
    void cableCutAlarmLifecycle();
    void emptyingDuringARoundIsNoAlarm();

private:
    std::shared_ptr<std::atomic<qint64>> m_clock;
    AlarmSettings m_settings;
};

void TestAlarmService::init()
{
    m_clock = std::make_shared<std::atomic<qint64>>(kT0);
    m_settings = AlarmSettings{};
    m_settings.groupHoldMs = 0;
    m_settings.operatorName = QStringLiteral("Camille");
}

void TestAlarmService::emptyingDuringARoundIsNoAlarm()
{
    // Container 0 is on a round running from +1 h to +2 h; container 1 is not. Both are
    // emptied at +90 min: only container 1 raises container.emptiedOutsideRound.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    Session s(path, m_clock, m_settings);
    QVERIFY(s.start(path));
    const qint64 emptied = ruleId(s.service.rules(), "container.emptiedOutsideRound");
    QVERIFY(emptied > 0);
    s.service.setExpectedChanges({{0, {{kT0 + 60 * kMinute, kT0 + 120 * kMinute}}}});
    m_clock->store(kT0 + 80 * kMinute);
    s.service.observe({fill(0, 0.9, kT0 + 80 * kMinute), fill(1, 0.9, kT0 + 80 * kMinute)});
    m_clock->store(kT0 + 90 * kMinute);
    s.service.observe({fill(0, 0.05, kT0 + 90 * kMinute), fill(1, 0.05, kT0 + 90 * kMinute)});
    QTRY_VERIFY_WITH_TIMEOUT(find(s.service.alarms(), 1, emptied), 5000);
    QTest::qWait(300);
    QVERIFY(!find(s.service.alarms(), 0, emptied));

    // The windows are replaced, not added to: without one, container 0's next emptying raises.
    s.service.setExpectedChanges({});
    m_clock->store(kT0 + 100 * kMinute);
    s.service.observe({fill(0, 0.8, kT0 + 100 * kMinute)});
    m_clock->store(kT0 + 110 * kMinute);
    s.service.observe({fill(0, 0.1, kT0 + 110 * kMinute)});
    QTRY_VERIFY_WITH_TIMEOUT(find(s.service.alarms(), 0, emptied), 5000);
    s.stop();
}

void TestAlarmService::containerFullAfterOnDelay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    Session s(path, m_clock, m_settings);
    QVERIFY(s.start(path));
    const qint64 full = ruleId(s.service.rules(), "container.full");
    QVERIFY(full > 0);
    QVERIFY(s.service.alarms().isEmpty());

    QSignalSpy deltas(&s.service, &AlarmService::alarmsChanged);
    // Readings above 0.8 every 10 s: one alarm once the 10-minute on-delay has passed.
    for (qint64 t = 0; t <= 5 * kMinute; t += 10'000) {
        m_clock->store(kT0 + t);
        s.service.observe({fill(0, 0.86, kT0 + t)});
    }
    QTest::qWait(1500); // a tick of the alarm thread at 5 min
    QVERIFY(!find(s.service.alarms(), 0, full));
    for (qint64 t = 5 * kMinute + 10'000; t <= 11 * kMinute; t += 10'000) {
        m_clock->store(kT0 + t);
        s.service.observe({fill(0, 0.86, kT0 + t)});
    }
    QTRY_VERIFY_WITH_TIMEOUT(find(s.service.alarms(), 0, full), 5000);
    const Alarm a = *find(s.service.alarms(), 0, full);
    QCOMPARE(a.state, AlarmState::Unacknowledged);
    QCOMPARE(a.count, 1);
    QCOMPARE(a.kind, AlarmRuleKind::Threshold);
    QCOMPARE(a.priority, AlarmPriority::High);
    QCOMPARE(a.assetId, QStringLiteral("urn:ngsi-ld:WasteContainer:test:0"));
    // Other rules may fire too (communication loss: the injected clock runs ahead of the
    // queued readings); container.full gives exactly one alarm.
    const qint64 commLoss = ruleId(s.service.rules(), "container.commLoss");
    for (const Alarm &other : s.service.alarms())
        QVERIFY2(other.id == a.id || other.ruleId == commLoss, qPrintable(QString::number(other.ruleId)));
    const AlarmDelta last = deltas.constLast().constFirst().value<AlarmDelta>();
    QVERIFY(last.rateLast10Min >= 1);
    QVERIFY(!last.flood);

    // Acknowledged, then the level drops below 0.7: back to normal, out of the list.
    s.service.acknowledge({a.id});
    QTRY_COMPARE_WITH_TIMEOUT(find(s.service.alarms(), 0, full)->state, AlarmState::Acknowledged, 5000);
    m_clock->store(kT0 + 11 * kMinute + 10'000);
    s.service.observe({fill(0, 0.75, kT0 + 11 * kMinute + 10'000)}); // in the deadband: still active
    QTest::qWait(300);
    QVERIFY(find(s.service.alarms(), 0, full));
    s.service.observe({fill(0, 0.5, kT0 + 11 * kMinute + 20'000)});
    QTRY_VERIFY_WITH_TIMEOUT(!find(s.service.alarms(), 0, full), 5000);
    s.stop();
}

void TestAlarmService::urgentAlarmIsAnnounced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    Session s(path, m_clock, m_settings);
    QVERIFY(s.start(path));
    QSignalSpy urgent(&s.service, &AlarmService::urgentRaised);
    s.service.observe({reading(2, quantity::status, std::nan(""), QStringLiteral("dropped"), kT0)});
    QTRY_COMPARE_WITH_TIMEOUT(s.service.alarms().size(), 1, 5000);
    QVERIFY(urgent.isEmpty()); // medium priority: no cue
    s.service.observe({reading(3, quantity::status, std::nan(""), QStringLiteral("burning"), kT0)});
    QVERIFY(urgent.wait(5000));
    const qint64 id = urgent.constFirst().constFirst().toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(s.service.alarms().size(), 2, 5000);
    const Alarm *fire = find(s.service.alarms(), 3, ruleId(s.service.rules(), "container.fire"));
    QVERIFY(fire);
    QCOMPARE(fire->id, id);
    QCOMPARE(fire->priority, AlarmPriority::Urgent);
    s.stop();
}

void TestAlarmService::persistsAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    qint64 fullId = 0;
    qint64 fireId = 0;
    qint64 statusId = 0;
    int rulesCount = 0;
    {
        Session s(path, m_clock, m_settings);
        QVERIFY(s.start(path));
        rulesCount = int(s.service.rules().size());
        const qint64 full = ruleId(s.service.rules(), "container.full");
        s.service.observe({fill(0, 0.9, kT0)});
        m_clock->store(kT0 + 11 * kMinute);
        s.service.observe({fill(0, 0.9, kT0 + 11 * kMinute),
                           reading(1, quantity::status, std::nan(""), QStringLiteral("burning"), kT0 + 11 * kMinute),
                           reading(2, quantity::status, std::nan(""), QStringLiteral("vandalized"), kT0 + 11 * kMinute)});
        QTRY_COMPARE_WITH_TIMEOUT(s.service.alarms().size(), 3, 5000);
        fullId = find(s.service.alarms(), 0, full)->id;
        fireId = find(s.service.alarms(), 1, ruleId(s.service.rules(), "container.fire"))->id;
        statusId = find(s.service.alarms(), 2, ruleId(s.service.rules(), "container.status"))->id;
        m_clock->store(kT0 + 12 * kMinute);
        s.service.acknowledge({fullId});
        s.service.comment(fullId, QStringLiteral("tournée prévue à 14 h"));
        s.service.shelve({fireId}, QStringLiteral("pompiers sur place"), kT0 + 72 * kMinute);
        s.service.removeFromService({statusId}, QStringLiteral("conteneur retiré"));
        QTRY_VERIFY_WITH_TIMEOUT(find(s.service.alarms(), 2, ruleId(s.service.rules(), "container.status"))->state
                                     == AlarmState::OutOfService,
                                 5000);
        s.stop();
    }
    {
        // What the store holds: the KPI dock reads these tables directly.
        auto store = Store::open(path, Store::Mode::ReadOnly);
        QVERIFY(store);
        AlarmStore alarms(store->connection());
        auto trail = alarms.transitions(fullId);
        QVERIFY(trail);
        QStringList actions;
        for (const AlarmTransition &t : trail.value())
            actions << t.action + QLatin1Char('/') + t.actor;
        QCOMPARE(actions, (QStringList{"activate/system", "acknowledge/Camille", "comment/Camille"}));
        QCOMPARE(trail->at(2).text, QStringLiteral("tournée prévue à 14 h"));
        QCOMPARE(trail->at(1).atMs, kT0 + 12 * kMinute);
        auto stmt = store->connection().prepare("SELECT state, priority, kind, shelve_reason FROM alarm WHERE id = ?");
        QVERIFY(stmt);
        stmt->bind(1, fireId);
        QVERIFY(stmt->step().value());
        QCOMPARE(stmt->text(0), QStringLiteral("shelved"));
        QCOMPARE(stmt->text(1), QStringLiteral("urgent"));
        QCOMPARE(stmt->text(2), QStringLiteral("stateCode"));
        QCOMPARE(stmt->text(3), QStringLiteral("pompiers sur place"));
    }
    {
        m_clock->store(kT0 + 20 * kMinute);
        Session s(path, m_clock, m_settings);
        QVERIFY(s.start(path));
        QCOMPARE(int(s.service.rules().size()), rulesCount); // loaded, not seeded again
        QCOMPARE(s.service.alarms().size(), 3);
        const QVector<Alarm> alarms = s.service.alarms();
        const auto byId = [&alarms](qint64 id) -> const Alarm * {
            for (const Alarm &a : alarms) {
                if (a.id == id)
                    return &a;
            }
            return nullptr;
        };
        QVERIFY(byId(fullId) && byId(fireId) && byId(statusId));
        QCOMPARE(byId(fullId)->state, AlarmState::Acknowledged);
        QVERIFY(byId(fullId)->conditionActive);
        QCOMPARE(byId(fireId)->state, AlarmState::Shelved);
        QCOMPARE(byId(fireId)->shelvedUntilMs, kT0 + 72 * kMinute);
        QCOMPARE(byId(statusId)->state, AlarmState::OutOfService);

        // The lifecycle goes on: the shelving expires, and new alarms continue the ids.
        m_clock->store(kT0 + 73 * kMinute);
        QTRY_COMPARE_WITH_TIMEOUT(find(s.service.alarms(), 1, ruleId(s.service.rules(), "container.fire"))->state,
                                  AlarmState::Unacknowledged, 5000);
        s.service.observe({reading(3, quantity::status, std::nan(""), QStringLiteral("dropped"), kT0 + 73 * kMinute)});
        QTRY_COMPARE_WITH_TIMEOUT(s.service.alarms().size(), 4, 5000);
        const Alarm *fresh = find(s.service.alarms(), 3, ruleId(s.service.rules(), "container.status"));
        QVERIFY(fresh->id > qMax(fullId, qMax(fireId, statusId)));
        s.stop();
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store);
    auto trail = AlarmStore(store->connection()).transitions(fireId);
    QVERIFY(trail);
    QCOMPARE(trail->constLast().action, QStringLiteral("shelveExpired"));
    QCOMPARE(trail->constLast().actor, QStringLiteral("system"));
}

void TestAlarmService::restoredSilenceClearsOnMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    qint64 id = 0;
    {
        Session s(path, m_clock, m_settings);
        QVERIFY(s.start(path));
        s.service.observe({fill(0, 0.3, kT0)});
        QTest::qWait(200);
        m_clock->store(kT0 + 40 * kMinute); // silent for longer than the layer's 30 min
        const qint64 rule = ruleId(s.service.rules(), "container.commLoss");
        QTRY_VERIFY_WITH_TIMEOUT(find(s.service.alarms(), 0, rule), 5000);
        id = find(s.service.alarms(), 0, rule)->id;
        s.stop();
    }
    m_clock->store(kT0 + 41 * kMinute);
    Session s(path, m_clock, m_settings);
    QVERIFY(s.start(path));
    QCOMPARE(s.service.alarms().size(), 1);
    QVERIFY(s.service.alarms().constFirst().conditionActive);
    s.service.observe({fill(0, 0.3, kT0 + 41 * kMinute)});
    QTRY_VERIFY_WITH_TIMEOUT(!s.service.alarms().constFirst().conditionActive, 5000);
    QCOMPARE(s.service.alarms().constFirst().id, id);
    QCOMPARE(s.service.alarms().constFirst().state, AlarmState::ReturnedUnacknowledged);
    s.stop();
}

void TestAlarmService::refusesDuplicateRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    Session s(path, m_clock, m_settings);
    QVERIFY(s.start(path));
    AlarmRules rules = s.service.rules();
    rules << rules.constFirst();
    rules.last().id = 0;
    QSignalSpy failed(&s.service, &AlarmService::failed);
    s.service.setRules(rules);
    QVERIFY(failed.wait(5000));
    // A valid edit is stored and in force.
    rules.removeLast();
    rules.first().setpoint = 0.9;
    QSignalSpy changed(&s.service, &AlarmService::rulesChanged);
    s.service.setRules(rules);
    QVERIFY(changed.wait(5000));
    QCOMPARE(s.service.rules().constFirst().setpoint, 0.9);
    s.stop();
    auto store = Store::open(path, Store::Mode::ReadOnly);
    auto stored = AlarmStore(store->connection()).rules();
    QVERIFY(stored);
    QCOMPARE(stored->size(), rules.size());
    QCOMPARE(stored->constFirst().setpoint, 0.9);
    QCOMPARE(stored->constFirst().key, rules.constFirst().key);
}

void TestAlarmService::floodReachesTheListAsOneParent()
{
    // Real clock: the grouping hold and the 100 ms coalescing run as in the app.
    constexpr int lights = 5000;
    QVector<AssetRecord> assets;
    AssetGroupTable groups;
    for (int i = 0; i < lights; ++i) {
        AssetRecord r;
        r.kind = AssetKind::Streetlight;
        r.id = QStringLiteral("urn:ngsi-ld:Streetlight:test:%1").arg(i);
        r.lon = 3.88;
        r.lat = 43.61;
        assets << r;
        groups << AssetGroupKeys{QStringLiteral("C%1").arg(i / 20), QStringLiteral("S%1").arg(i / 50), QStringLiteral("Mosson")};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    AlarmSettings settings = m_settings;
    settings.groupHoldMs = 2000;
    Session s(path, nullptr, settings, std::make_shared<AssetDirectory>(assets), groups);
    QVERIFY(s.start(path));
    QSignalSpy deltas(&s.service, &AlarmService::alarmsChanged);
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    // Every lamp reports a fault, in 50 drains.
    for (int drain = 0; drain < 50; ++drain) {
        Observations batch;
        for (int i = drain; i < lights; i += 50) {
            Observation o;
            o.assetIndex = i;
            o.assetId = assets.at(i).id;
            o.quantity = quantity::status;
            o.text = QStringLiteral("defectiveLamp");
            o.observedAtMs = o.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            batch << o;
        }
        s.service.observe(batch);
        QTest::qWait(10);
    }
    QTRY_COMPARE_WITH_TIMEOUT(s.service.alarms().size(), lights + 1, 15000);
    const qint64 visibleAfter = QDateTime::currentMSecsSinceEpoch() - start;
    int entries = 0;
    const Alarm *parent = nullptr;
    for (const Alarm &a : s.service.alarms()) {
        if (a.parentId == 0) {
            ++entries;
            parent = &a;
        }
    }
    QCOMPARE(entries, 1);
    QCOMPARE(parent->assetId, QStringLiteral("district:Mosson"));
    QCOMPARE(parent->childCount, lights);
    QVERIFY(deltas.size() < 100); // coalesced, not one per alarm
    const AlarmDelta last = deltas.constLast().constFirst().value<AlarmDelta>();
    QCOMPARE(last.rateLast10Min, 1);
    QVERIFY(!last.flood);
    qInfo("%d faults: 1 list entry, shown %lld ms after the first drain, %lld deltas", lights, visibleAfter,
          qint64(deltas.size()));
    s.stop();
}

void TestAlarmService::rulesChangeListsWhatChanged()
{
    const AlarmRules before = defaultAlarmRules();
    QVERIFY(alarmRulesChange(before, before).isEmpty());
    AlarmRules after = before;
    after[0].setpoint = 0.9;
    after[0].enabled = false;
    after.removeLast();
    AlarmRule perAsset = after[1];
    perAsset.assetId = QStringLiteral("urn:ngsi-ld:Streetlight:1");
    after.append(perAsset);
    const QJsonObject change = alarmRulesChange(before, after);
    const QJsonObject first = change.value(QStringLiteral("changed")).toObject().value(before[0].key).toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("enabled"), QStringLiteral("setpoint")}));
    QCOMPARE(first.value(QStringLiteral("setpoint")).toObject().value(QStringLiteral("from")).toDouble(), before[0].setpoint);
    QCOMPARE(first.value(QStringLiteral("setpoint")).toObject().value(QStringLiteral("to")).toDouble(), 0.9);
    QCOMPARE(first.value(QStringLiteral("enabled")).toObject().value(QStringLiteral("to")).toBool(), false);
    QCOMPARE(change.value(QStringLiteral("added")).toArray().size(), 1);
    QCOMPARE(change.value(QStringLiteral("added")).toArray().at(0).toString(), before[1].key + QStringLiteral("@urn:ngsi-ld:Streetlight:1"));
    QCOMPARE(change.value(QStringLiteral("removed")).toArray().size(), 1);
    QCOMPARE(change.value(QStringLiteral("removed")).toArray().at(0).toString(), before.constLast().key);

    // The rules in force travel with the change, every field, for replay.
    AlarmRules numbered = after;
    for (int i = 0; i < numbered.size(); ++i)
        numbered[i].id = 100 + i;
    const Result<AlarmRules> inForce = alarmRulesInForce(alarmRulesChange(before, numbered));
    QVERIFY(inForce.ok());
    QCOMPARE(inForce->size(), numbered.size());
    for (int i = 0; i < numbered.size(); ++i) {
        const AlarmRule &a = numbered[i];
        const AlarmRule &b = inForce->at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.assetKind, a.assetKind);
        QCOMPARE(b.assetId, a.assetId);
        QCOMPARE(b.quantity, a.quantity);
        QCOMPARE(b.setpoint, a.setpoint);
        QCOMPARE(b.deadband, a.deadband);
        QCOMPARE(b.high, a.high);
        QCOMPARE(b.onDelayMs, a.onDelayMs);
        QCOMPARE(b.offDelayMs, a.offDelayMs);
        QCOMPARE(b.codes, a.codes);
        QCOMPARE(b.periodFactor, a.periodFactor);
        QCOMPARE(b.count, a.count);
        QCOMPARE(b.windowMs, a.windowMs);
        QCOMPARE(b.priority, a.priority);
        QCOMPARE(b.consequence, a.consequence);
        QCOMPARE(b.response, a.response);
        QCOMPARE(b.enabled, a.enabled);
    }
    QCOMPARE(alarmRulesInForce(QJsonObject{}).error().code, QStringLiteral("noRulesInForce"));
    QJsonObject broken = alarmRulesChange(before, numbered);
    QJsonArray list = broken.value(QStringLiteral("inForce")).toArray();
    QJsonObject firstRule = list.at(0).toObject();
    firstRule.insert(QStringLiteral("kind"), QStringLiteral("nonsense"));
    list.replace(0, firstRule);
    broken.insert(QStringLiteral("inForce"), list);
    QCOMPARE(alarmRulesInForce(broken).error().code, QStringLiteral("badRule"));
}

void TestAlarmService::settingsChangeComparesNestedFields()
{
    const QJsonObject before{{QStringLiteral("horizonMs"), 1000},
                             {QStringLiteral("cableCut"), QJsonObject{{QStringLiteral("minLamps"), 3}, {QStringLiteral("enabled"), true}}},
                             {QStringLiteral("gone"), QStringLiteral("x")}};
    QVERIFY(settingsChange(before, before).isEmpty());
    QJsonObject after = before;
    after.insert(QStringLiteral("cableCut"), QJsonObject{{QStringLiteral("minLamps"), 4}, {QStringLiteral("enabled"), true}});
    after.remove(QStringLiteral("gone"));
    after.insert(QStringLiteral("codes"), QJsonArray{QStringLiteral("a")});
    const QJsonObject change = settingsChange(before, after);
    QCOMPARE(change.keys(), (QStringList{QStringLiteral("cableCut.minLamps"), QStringLiteral("codes"), QStringLiteral("gone")}));
    QCOMPARE(change.value(QStringLiteral("cableCut.minLamps")).toObject(),
             (QJsonObject{{QStringLiteral("from"), 3}, {QStringLiteral("to"), 4}}));
    QVERIFY(change.value(QStringLiteral("codes")).toObject().value(QStringLiteral("from")).isNull());
    QCOMPARE(change.value(QStringLiteral("gone")).toObject(),
             (QJsonObject{{QStringLiteral("from"), QStringLiteral("x")}, {QStringLiteral("to"), QJsonValue()}}));

    CoordinationSettings rules;
    CoordinationSettings edited = rules;
    edited.lighting.enabled = false;
    edited.horizonMs = 2 * rules.horizonMs;
    QCOMPARE(coordinationSettingsChange(rules, edited).keys(),
             (QStringList{QStringLiteral("horizonMs"), QStringLiteral("lighting.enabled")}));
    QVERIFY(coordinationSettingsChange(edited, edited).isEmpty());
}

const Alarm *findSubject(const QVector<Alarm> &alarms, const QString &subject)
{
    for (const Alarm &a : alarms) {
        if (a.isSubjectAlarm() && a.assetId == subject)
            return &a;
    }
    return nullptr;
}

void TestAlarmService::cableCutAlarmLifecycle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    const QString ruleKey = QString::fromLatin1(kCableCutRuleKey);
    const QString zone = QStringLiteral("worksZone:CP000617");
    qint64 id = 0;
    {
        Session s(path, m_clock, m_settings);
        QVector<AlarmTransition> recorded;
        connect(&s.service, &AlarmService::transitionsRecorded, this,
                [&recorded](const QVector<AlarmTransition> &t, const QVector<Alarm> &) { recorded += t; }, Qt::QueuedConnection);
        QVERIFY(s.start(path));
        const qint64 rule = ruleId(s.service.rules(), kCableCutRuleKey);
        QVERIFY(rule > 0); // seeded with the defaults
        const qint64 status = ruleId(s.service.rules(), "container.status");
        s.service.observe({reading(2, quantity::status, std::nan(""), QStringLiteral("vandalized"), kT0)});
        QTRY_VERIFY_WITH_TIMEOUT(find(s.service.alarms(), 2, status), 5000);

        // Raised with the asset's alarm suppressed by design (shown, not deleted).
        s.service.setSuppression(coordinationSuppressionSource(), {2});
        s.service.setSubjectConditions(ruleKey, {{zone, QStringLiteral("Suspected cable cut at works CP000617: 3 lamps dark")}});
        QTRY_VERIFY_WITH_TIMEOUT(findSubject(s.service.alarms(), zone), 5000);
        const Alarm a = *findSubject(s.service.alarms(), zone);
        id = a.id;
        QCOMPARE(a.ruleId, rule);
        QCOMPARE(a.assetIndex, -1);
        QCOMPARE(a.priority, AlarmPriority::High);
        QCOMPARE(a.state, AlarmState::Unacknowledged);
        QTRY_COMPARE_WITH_TIMEOUT(find(s.service.alarms(), 2, status)->state, AlarmState::SuppressedByDesign, 5000);
        QCOMPARE(find(s.service.alarms(), 2, status)->suppressedBy, QStringLiteral("worksZone"));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(recorded.cbegin(), recorded.cend(),
                                             [id](const AlarmTransition &t) { return t.alarmId == id && t.action == QLatin1String("activate"); }),
                                 5000); // sessions record it

        m_clock->store(kT0 + kMinute);
        s.service.acknowledge({id});
        QTRY_COMPARE_WITH_TIMEOUT(findSubject(s.service.alarms(), zone)->state, AlarmState::Acknowledged, 5000);

        // Priority comes from the rule: raised to urgent, a new zone is announced.
        AlarmRules rules = s.service.rules();
        for (AlarmRule &r : rules)
            if (r.key == ruleKey)
                r.priority = AlarmPriority::Urgent;
        QSignalSpy urgent(&s.service, &AlarmService::urgentRaised);
        s.service.setRules(rules);
        s.service.setSubjectConditions(ruleKey, {{zone, QStringLiteral("3 lamps")}, {QStringLiteral("worksZone:W2"), QStringLiteral("4 lamps")}});
        QVERIFY(urgent.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(findSubject(s.service.alarms(), QStringLiteral("worksZone:W2")), 5000);
        QCOMPARE(findSubject(s.service.alarms(), QStringLiteral("worksZone:W2"))->priority, AlarmPriority::Urgent);
        s.service.setSubjectConditions(ruleKey, {{zone, QStringLiteral("3 lamps")}});
        QTRY_COMPARE_WITH_TIMEOUT(findSubject(s.service.alarms(), QStringLiteral("worksZone:W2"))->state,
                                  AlarmState::ReturnedUnacknowledged, 5000);
        s.stop();
    }
    {
        // Persisted and audited like any alarm.
        auto store = Store::open(path, Store::Mode::ReadOnly);
        QVERIFY(store);
        auto trail = AlarmStore(store->connection()).transitions(id);
        QVERIFY(trail);
        QStringList actions;
        for (const AlarmTransition &t : trail.value())
            actions << t.action + QLatin1Char('/') + t.actor;
        QCOMPARE(actions, (QStringList{"activate/system", "acknowledge/Camille"}));
        auto stmt = store->connection().prepare("SELECT kind, asset_id, detail FROM alarm WHERE id = ?");
        QVERIFY(stmt);
        stmt->bind(1, id);
        QVERIFY(stmt->step().value());
        QCOMPARE(stmt->text(0), QStringLiteral("coordination"));
        QCOMPARE(stmt->text(1), zone);
        QCOMPARE(stmt->text(2), QStringLiteral("3 lamps"));
    }
    {
        m_clock->store(kT0 + 10 * kMinute);
        Session s(path, m_clock, m_settings);
        QVERIFY(s.start(path));
        const Alarm *a = findSubject(s.service.alarms(), zone);
        QVERIFY(a); // restored, although no asset of the city has that id
        QCOMPARE(a->id, id);
        QCOMPARE(a->state, AlarmState::Acknowledged);
        QVERIFY(a->conditionActive);
        QCOMPARE(a->priority, AlarmPriority::High); // raised before the rule changed
        // The condition ends: acknowledged, it returns to normal and leaves the list; the
        // suppression ends and the asset's alarm is back in the list.
        s.service.setSubjectConditions(ruleKey, {});
        s.service.setSuppression(coordinationSuppressionSource(), {});
        QTRY_VERIFY_WITH_TIMEOUT(!findSubject(s.service.alarms(), zone), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(find(s.service.alarms(), 2, ruleId(s.service.rules(), "container.status"))->state,
                                  AlarmState::Unacknowledged, 5000);
        // W2 cleared unacknowledged: it waits for the operator.
        QCOMPARE(findSubject(s.service.alarms(), QStringLiteral("worksZone:W2"))->state, AlarmState::ReturnedUnacknowledged);
        s.stop();
    }
}

QTEST_GUILESS_MAIN(TestAlarmService)
#include "tst_alarmservice.moc"
