#include "alarmservice.h"

#include "alarmengine.h"
#include "alarmgrouper.h"
#include "alarmratemeter.h"
#include "alarmstore.h"
#include "ruleevaluator.h"
#include "storage/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcAlarms, "vigie.alarms")

namespace vigie {

namespace {

/// \brief The alarm thread's side of AlarmService: owns the rule evaluator, the engine, the
/// grouper and the rate meter; coalesces what they change into one AlarmDelta and one
/// AlarmWrite at most every 100 ms.
///
/// Lives on the "vigie-alarms" thread; every member function runs there (the service posts
/// lambdas). Results go back to the service with queued calls.
class AlarmWorker : public QObject
{
public:
    AlarmWorker(AlarmService *service, AlarmSettings settings, AssetDirectoryPtr directory, AssetGroupTable groups,
                std::function<qint64()> clock, QObject *writer)
        : m_service(service)
        , m_settings(std::move(settings))
        , m_directory(std::move(directory))
        , m_groups(groups)
        , m_clock(std::move(clock))
        , m_writer(writer)
        , m_engine(m_directory, m_settings.operatorName)
        , m_grouper(m_settings, std::move(groups))
        , m_meter(m_settings.rateWindowMs, m_settings.floodThreshold)
    {
    }

    void start(const QString &storePath)
    {
        m_tick = new QTimer(this);
        m_tick->setInterval(1000);
        connect(m_tick, &QTimer::timeout, this, [this] { tick(); });
        m_flushTimer = new QTimer(this);
        m_flushTimer->setSingleShot(true);
        connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
        m_sinceFlush.start();
        if (!load(storePath))
            return;
        m_tick->start();
        // Views start from the stored list.
        for (const Alarm &a : m_engine.alarms()) {
            if (a.state != AlarmState::Normal)
                m_publish.insert(a.id, a);
        }
        m_forceDelta = true;
        scheduleFlush();
    }

    void stop()
    {
        if (m_tick)
            m_tick->stop();
        if (m_flushTimer)
            m_flushTimer->stop();
        if (m_ready)
            flush();
        m_ready = false;
    }

    void observe(const Observations &observations)
    {
        if (!m_ready || observations.isEmpty())
            return;
        const qint64 now = m_clock();
        apply(m_evaluator->observe(observations, now), now);
    }

    /// Runs an engine call at the clock's time and takes what it changed.
    template<typename Call>
    void act(Call call)
    {
        if (!m_ready)
            return;
        const qint64 now = m_clock();
        take(call(m_engine, now), now);
        scheduleFlush();
    }

    void setRules(AlarmRules rules)
    {
        if (!m_ready)
            return;
        QSet<QString> seen;
        for (AlarmRule &r : rules) {
            const QString unique = assetKindName(r.assetKind) + QLatin1Char('\n') + r.assetId + QLatin1Char('\n') + r.key;
            if (r.key.isEmpty() || seen.contains(unique)) {
                fail(QCoreApplication::translate("vigie::AlarmService", "The rules were not saved: rule \"%1\" is missing a name or given twice.")
                         .arg(r.key));
                return;
            }
            seen.insert(unique);
            if (r.id == 0)
                r.id = ++m_maxRuleId;
        }
        const qint64 now = m_clock();
        m_write.rules = rules;
        m_write.replaceRules = true;
        m_engine.setRules(rules);
        apply(m_evaluator->setRules(rules, now), now);
        for (auto it = m_subjects.cbegin(); it != m_subjects.cend(); ++it)
            applySubjects(it.key()); // a rule switched off clears its alarms, on raises them again
        publishRules();
    }

    void setExpectedChanges(const QHash<qint32, QVector<QPair<qint64, qint64>>> &windows)
    {
        if (!m_ready)
            return;
        m_evaluator->clearExpectedChanges();
        for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
            for (const auto &window : it.value())
                m_evaluator->setExpectedChange(it.key(), window.first, window.second);
        }
    }

    void setSubjectConditions(const QString &ruleKey, const QHash<QString, QString> &active)
    {
        if (!m_ready)
            return;
        m_subjects.insert(ruleKey, active);
        applySubjects(ruleKey);
        scheduleFlush();
    }

    AlarmSnapshot snapshot() const
    {
        AlarmSnapshot out;
        if (!m_ready)
            return out;
        out.rules = m_evaluator->rules();
        for (const Alarm &a : m_engine.alarms()) {
            out.maxAlarmId = qMax(out.maxAlarmId, a.id);
            if (a.state != AlarmState::Normal)
                out.alarms.append(a);
        }
        out.maxAlarmId = qMax(out.maxAlarmId, m_engine.maxId());
        out.evaluatorState = m_evaluator->saveState(m_clock());
        return out;
    }

    void restore(const AlarmSnapshot &snapshot)
    {
        if (!m_ready)
            return;
        QSet<qint64> kept;
        for (const Alarm &a : snapshot.alarms)
            kept.insert(a.id);
        m_publish.clear();
        for (const Alarm &a : m_engine.alarms()) {
            if (a.state == AlarmState::Normal || kept.contains(a.id))
                continue;
            Alarm gone = a; // views drop it
            gone.state = AlarmState::Normal;
            gone.conditionActive = false;
            gone.parentId = 0;
            m_publish.insert(gone.id, gone);
        }
        const AlarmRules rules = snapshot.rules.isEmpty() ? m_evaluator->rules() : snapshot.rules;
        m_engine = AlarmEngine(m_directory, m_settings.operatorName);
        m_engine.setRules(rules);
        m_engine.restore(snapshot.alarms, snapshot.maxAlarmId);
        m_grouper = AlarmGrouper(m_settings, m_groups);
        m_grouper.restore(m_engine);
        m_meter = AlarmRateMeter(m_settings.rateWindowMs, m_settings.floodThreshold);
        // setRules() keeps the evaluator's allocation for unchanged rules (a seek costs less);
        // its condition changes are moot, the snapshot replaces the alarms.
        const qint64 now = m_clock();
        m_evaluator->setRules(rules, now);
        const bool memory = !snapshot.evaluatorState.isEmpty() && m_evaluator->restoreState(snapshot.evaluatorState, now).ok();
        if (!memory)
            m_evaluator->reset(now);
        for (const Alarm &a : snapshot.alarms) {
            if (!memory && a.kind != AlarmRuleKind::Group && !a.isSubjectAlarm() && a.conditionActive)
                m_evaluator->restoreCondition(a.assetIndex, a.ruleId, a.lastActiveMs);
            m_publish.insert(a.id, a);
        }
        m_writeAlarms.clear();
        m_write = AlarmWrite();
        m_urgent.clear();
        m_lastRate = -1;
        m_forceDelta = true;
        if (!snapshot.rules.isEmpty())
            publishRules();
        scheduleFlush();
    }

private:
    bool load(const QString &storePath)
    {
        auto store = Store::open(storePath, Store::Mode::ReadOnly);
        if (!store) {
            fail(QCoreApplication::translate("vigie::AlarmService", "Alarms are off: cannot read %1 (%2).")
                     .arg(storePath, store.error().message));
            return false;
        }
        AlarmStore alarms(store->connection());
        auto rules = alarms.rules();
        auto stored = alarms.alarms(m_directory.get());
        auto maxAlarm = alarms.maxAlarmId();
        auto maxRule = alarms.maxRuleId();
        for (const Error *e : {rules ? nullptr : &rules.error(), stored ? nullptr : &stored.error(),
                               maxAlarm ? nullptr : &maxAlarm.error(), maxRule ? nullptr : &maxRule.error()}) {
            if (e) {
                fail(QCoreApplication::translate("vigie::AlarmService", "Alarms are off: cannot load them from %1 (%2).")
                         .arg(storePath, e->message));
                return false;
            }
        }
        m_maxRuleId = maxRule.value();
        AlarmRules inForce = rules.value();
        if (inForce.isEmpty()) {
            inForce = defaultAlarmRules();
            for (AlarmRule &r : inForce)
                r.id = ++m_maxRuleId;
            m_write.rules = inForce;
            m_write.replaceRules = true;
            qCInfo(lcAlarms) << "seeded" << inForce.size() << "default alarm rules";
        } else if (addMissing(inForce, coordinationAlarmRules())) {
            m_write.rules = inForce;
            m_write.replaceRules = true;
        }
        m_engine.setRules(inForce);
        m_engine.restore(stored.value(), maxAlarm.value());
        m_grouper.restore(m_engine);
        m_evaluator = std::make_unique<RuleEvaluator>(m_directory ? m_directory : std::make_shared<AssetDirectory>(), inForce);
        m_ready = true;
        // The evaluator learns which conditions were active, so that it reports their clears.
        // A condition whose rule no longer applies to the asset (removed, disabled,
        // overridden) is cleared now.
        const qint64 now = m_clock();
        ConditionChanges orphans;
        for (const Alarm &a : stored.value()) {
            if (a.kind == AlarmRuleKind::Group || a.isSubjectAlarm() || !a.conditionActive)
                continue;
            if (!m_evaluator->restoreCondition(a.assetIndex, a.ruleId, a.lastActiveMs))
                orphans.append(ConditionChange{a.assetIndex, a.ruleId, false, now, std::numeric_limits<double>::quiet_NaN(),
                                               QCoreApplication::translate("vigie::AlarmService", "rule no longer applies")});
        }
        if (!orphans.isEmpty())
            take(m_engine.applyConditions(orphans), now);
        qCInfo(lcAlarms) << "loaded" << inForce.size() << "rules and" << stored->size() << "alarms from" << storePath;
        publishRules();
        return true;
    }

    /// Appends the rules of `wanted` whose key `rules` lacks (a store older than them).
    bool addMissing(AlarmRules &rules, const AlarmRules &wanted)
    {
        bool added = false;
        for (AlarmRule r : wanted) {
            if (std::any_of(rules.cbegin(), rules.cend(), [&](const AlarmRule &x) { return x.key == r.key && x.assetId.isEmpty(); }))
                continue;
            r.id = ++m_maxRuleId;
            rules.append(r);
            added = true;
            qCInfo(lcAlarms) << "added the alarm rule" << r.key;
        }
        return added;
    }

    /// Hands the last set of `ruleKey` to the engine under the rule in force (none when the
    /// rule is disabled).
    void applySubjects(const QString &ruleKey)
    {
        const AlarmRules &rules = m_evaluator->rules();
        const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&](const AlarmRule &r) {
            return r.key == ruleKey && r.kind == AlarmRuleKind::Coordination && r.assetId.isEmpty();
        });
        if (rule == rules.cend()) {
            qCWarning(lcAlarms) << "no coordination alarm rule" << ruleKey << "- conditions ignored";
            return;
        }
        const qint64 now = m_clock();
        take(m_engine.setSubjectConditions(rule->id, rule->enabled ? m_subjects.value(ruleKey) : QHash<QString, QString>{}, now),
             now);
    }

    void tick()
    {
        const qint64 now = m_clock();
        apply(m_evaluator->tick(now), now);
        take(m_engine.expireShelves(now), now);
        scheduleFlush();
    }

    void apply(const ConditionChanges &changes, qint64 now)
    {
        if (!changes.isEmpty())
            take(m_engine.applyConditions(changes), now);
        scheduleFlush();
    }

    /// Collects what the engine changed; alarms that entered the list go through the grouper.
    void take(const AlarmChanges &changes, qint64 now)
    {
        collect(changes);
        if (!changes.entered.isEmpty())
            group(changes.entered, now);
    }

    void group(const QVector<qint64> &entered, qint64 now)
    {
        AlarmGrouper::Outcome outcome = m_grouper.update(entered, m_engine, now);
        collect(outcome.changes);
        m_meter.add(now, int(outcome.newEntries.size()));
        for (qint64 id : std::as_const(outcome.newEntries)) {
            const Alarm *a = m_engine.alarm(id);
            if (a && a->priority == AlarmPriority::Urgent)
                m_urgent.append(id);
            // A held alarm released on its own: views see it now.
            if (a && !m_publish.contains(id))
                m_publish.insert(id, *a);
        }
        for (qint64 id : std::as_const(outcome.joined)) {
            const Alarm *a = m_engine.alarm(id);
            if (a && a->priority == AlarmPriority::Urgent)
                m_urgent.append(id);
        }
    }

    void collect(const AlarmChanges &changes)
    {
        for (const Alarm &a : changes.alarms) {
            m_publish.insert(a.id, a);
            m_writeAlarms.insert(a.id, a);
        }
        m_write.transitions += changes.transitions;
    }

    void scheduleFlush()
    {
        const bool pending = !m_publish.isEmpty() || !m_writeAlarms.isEmpty() || !m_write.isEmpty() || m_forceDelta
                             || m_grouper.heldCount() > 0;
        if (!pending || m_flushTimer->isActive())
            return;
        m_flushTimer->start(int(qMax<qint64>(0, 100 - m_sinceFlush.elapsed())));
    }

    void flush()
    {
        if (!m_ready)
            return;
        const qint64 now = m_clock();
        group({}, now); // held alarms whose hold has ended
        m_sinceFlush.restart();

        AlarmDelta delta;
        delta.alarms.reserve(m_publish.size());
        for (auto it = m_publish.begin(); it != m_publish.end();) {
            if (m_grouper.isHeld(it.key())) {
                ++it; // not shown before the grouping decision
                continue;
            }
            delta.alarms.append(it.value());
            it = m_publish.erase(it);
        }
        delta.rateLast10Min = m_meter.rate(now);
        delta.flood = delta.rateLast10Min > m_settings.floodThreshold;
        const bool meterChanged = delta.rateLast10Min != m_lastRate || delta.flood != m_lastFlood;
        if (!delta.alarms.isEmpty() || meterChanged || m_forceDelta) {
            m_lastRate = delta.rateLast10Min;
            m_lastFlood = delta.flood;
            m_forceDelta = false;
            QMetaObject::invokeMethod(m_service, [service = m_service, delta] { emit service->alarmsChanged(delta); },
                                      Qt::QueuedConnection);
        }
        for (qint64 id : std::exchange(m_urgent, {}))
            QMetaObject::invokeMethod(m_service, [service = m_service, id] { emit service->urgentRaised(id); }, Qt::QueuedConnection);

        if (!m_writeAlarms.isEmpty() || !m_write.isEmpty()) {
            m_write.alarms.reserve(m_writeAlarms.size());
            for (const Alarm &a : std::as_const(m_writeAlarms))
                m_write.alarms.append(a);
            m_writeAlarms.clear();
            if (!m_write.transitions.isEmpty())
                emit m_service->transitionsRecorded(m_write.transitions, m_write.alarms);
            if (m_writer)
                QMetaObject::invokeMethod(m_writer, "writeAlarms", Qt::QueuedConnection, Q_ARG(vigie::AlarmWrite, m_write));
            else
                qCDebug(lcAlarms) << "no store writer:" << m_write.transitions.size() << "transitions not stored";
            m_write = AlarmWrite();
        }
        if (m_grouper.heldCount() > 0 && !m_flushTimer->isActive()) {
            const qint64 due = m_grouper.nextDecisionMs();
            m_flushTimer->start(int(qBound(qint64(100), due - now, qint64(1000))));
        }
    }

    void publishRules()
    {
        QMetaObject::invokeMethod(m_service, [service = m_service, rules = m_evaluator->rules()] { emit service->rulesChanged(rules); },
                                  Qt::QueuedConnection);
    }

    void fail(const QString &message)
    {
        qCWarning(lcAlarms).noquote() << message;
        QMetaObject::invokeMethod(m_service, [service = m_service, message] { emit service->failed(message); }, Qt::QueuedConnection);
    }

    AlarmService *m_service;
    AlarmSettings m_settings;
    AssetDirectoryPtr m_directory;
    AssetGroupTable m_groups;
    std::function<qint64()> m_clock;
    QPointer<QObject> m_writer;
    AlarmEngine m_engine;
    AlarmGrouper m_grouper;
    AlarmRateMeter m_meter;
    std::unique_ptr<RuleEvaluator> m_evaluator;
    bool m_ready = false;
    qint64 m_maxRuleId = 0;

    QTimer *m_tick = nullptr;
    QTimer *m_flushTimer = nullptr;
    QElapsedTimer m_sinceFlush;
    QHash<qint64, Alarm> m_publish;     ///< Changed since the last delta (latest record).
    QHash<qint64, Alarm> m_writeAlarms; ///< Changed since the last write (latest record).
    AlarmWrite m_write;                 ///< Transitions and rules since the last write.
    QVector<qint64> m_urgent;
    QHash<QString, QHash<QString, QString>> m_subjects; ///< Rule key → last subject set (setSubjectConditions).
    int m_lastRate = -1;
    bool m_lastFlood = false;
    bool m_forceDelta = false;
};

} // namespace

struct AlarmService::Private
{
    AlarmSettings settings;
    AssetDirectoryPtr directory;
    AssetGroupTable groups;
    std::function<qint64()> clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    QThread thread;
    QMutex workerMutex; ///< Guards `worker` for observe(), which any thread may call.
    AlarmWorker *worker = nullptr;
    QVector<Alarm> alarms;
    QHash<qint64, int> indexOf;
    AlarmRules rules;
};

AlarmService::AlarmService(AlarmSettings settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->settings = std::move(settings);
    d->thread.setObjectName(QStringLiteral("vigie-alarms"));
    qRegisterMetaType<vigie::Alarm>();
    qRegisterMetaType<vigie::AlarmDelta>();
    qRegisterMetaType<vigie::AlarmWrite>();
    qRegisterMetaType<vigie::AlarmRules>();
    qRegisterMetaType<vigie::AlarmRules>("vigie::AlarmRules");
    qRegisterMetaType<vigie::AlarmTransition>();
    qRegisterMetaType<QVector<vigie::AlarmTransition>>();
    qRegisterMetaType<vigie::AlarmSnapshot>();
    qRegisterMetaType<vigie::Observations>("vigie::Observations");
    // Connected first, so the list is up to date when other receivers of these signals run.
    connect(this, &AlarmService::alarmsChanged, this, &AlarmService::applyDelta, Qt::DirectConnection);
    connect(this, &AlarmService::rulesChanged, this, [this](const AlarmRules &rules) { d->rules = rules; }, Qt::DirectConnection);
}

AlarmService::~AlarmService()
{
    stop();
}

void AlarmService::setCity(AssetDirectoryPtr directory, AssetGroupTable groups)
{
    d->directory = std::move(directory);
    d->groups = std::move(groups);
}

void AlarmService::setClock(std::function<qint64()> clock)
{
    if (clock)
        d->clock = std::move(clock);
}

void AlarmService::start(const QString &storePath, QObject *writer)
{
    if (d->worker)
        return;
    auto *worker = new AlarmWorker(this, d->settings, d->directory, d->groups, d->clock, writer);
    worker->moveToThread(&d->thread);
    {
        QMutexLocker lock(&d->workerMutex);
        d->worker = worker;
    }
    d->thread.start();
    QMetaObject::invokeMethod(worker, [worker, storePath] { worker->start(storePath); }, Qt::QueuedConnection);
}

void AlarmService::stop()
{
    AlarmWorker *worker = nullptr;
    {
        QMutexLocker lock(&d->workerMutex);
        worker = std::exchange(d->worker, nullptr);
    }
    if (!worker)
        return;
    // The worker never waits for the GUI thread, so this cannot deadlock.
    QMetaObject::invokeMethod(worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete worker;
}

const QVector<Alarm> &AlarmService::alarms() const
{
    return d->alarms;
}

const AlarmRules &AlarmService::rules() const
{
    return d->rules;
}

AlarmSnapshot AlarmService::snapshot() const
{
    AlarmSnapshot out;
    QMutexLocker lock(&d->workerMutex);
    if (AlarmWorker *worker = d->worker) {
        lock.unlock(); // stop() takes the mutex on the GUI thread before it waits for the worker
        QMetaObject::invokeMethod(worker, [worker, &out] { out = worker->snapshot(); }, Qt::BlockingQueuedConnection);
    }
    return out;
}

void AlarmService::restore(const AlarmSnapshot &snapshot)
{
    QMutexLocker lock(&d->workerMutex);
    if (AlarmWorker *worker = d->worker)
        QMetaObject::invokeMethod(worker, [worker, snapshot] { worker->restore(snapshot); }, Qt::QueuedConnection);
}

void AlarmService::sync() const
{
    QMutexLocker lock(&d->workerMutex);
    if (AlarmWorker *worker = d->worker) {
        lock.unlock();
        QMetaObject::invokeMethod(worker, [] {}, Qt::BlockingQueuedConnection);
    }
}

void AlarmService::applyDelta(const AlarmDelta &delta)
{
    for (const Alarm &a : delta.alarms) {
        auto it = d->indexOf.find(a.id);
        if (a.state == AlarmState::Normal) {
            if (it == d->indexOf.end())
                continue;
            const int at = it.value();
            d->indexOf.erase(it);
            if (at != d->alarms.size() - 1) {
                d->alarms[at] = std::move(d->alarms.last());
                d->indexOf[d->alarms.at(at).id] = at;
            }
            d->alarms.removeLast();
        } else if (it != d->indexOf.end()) {
            d->alarms[it.value()] = a;
        } else {
            d->indexOf.insert(a.id, int(d->alarms.size()));
            d->alarms.append(a);
        }
    }
}

void AlarmService::observe(const Observations &observations)
{
    QMutexLocker lock(&d->workerMutex);
    if (AlarmWorker *worker = d->worker)
        QMetaObject::invokeMethod(worker, [worker, observations] { worker->observe(observations); }, Qt::QueuedConnection);
}

namespace {

template<typename Call>
void post(AlarmWorker *worker, Call call)
{
    if (worker)
        QMetaObject::invokeMethod(worker, [worker, call] { worker->act(call); }, Qt::QueuedConnection);
}

} // namespace

void AlarmService::acknowledge(const QVector<qint64> &ids)
{
    post(d->worker, [ids](AlarmEngine &e, qint64 now) { return e.acknowledge(ids, now); });
}

void AlarmService::shelve(const QVector<qint64> &ids, const QString &reason, qint64 untilMs)
{
    post(d->worker, [ids, reason, untilMs](AlarmEngine &e, qint64 now) { return e.shelve(ids, reason, untilMs, now); });
}

void AlarmService::unshelve(const QVector<qint64> &ids)
{
    post(d->worker, [ids](AlarmEngine &e, qint64 now) { return e.unshelve(ids, now); });
}

void AlarmService::removeFromService(const QVector<qint64> &ids, const QString &reason)
{
    post(d->worker, [ids, reason](AlarmEngine &e, qint64 now) { return e.removeFromService(ids, reason, now); });
}

void AlarmService::returnToService(const QVector<qint64> &ids)
{
    post(d->worker, [ids](AlarmEngine &e, qint64 now) { return e.returnToService(ids, now); });
}

void AlarmService::comment(qint64 id, const QString &text)
{
    post(d->worker, [id, text](AlarmEngine &e, qint64 now) { return e.comment(id, text, now); });
}

void AlarmService::setSuppression(const QString &source, const QSet<qint32> &assetIndexes)
{
    post(d->worker, [source, assetIndexes](AlarmEngine &e, qint64 now) { return e.setSuppression(source, assetIndexes, now); });
}

void AlarmService::setInterventions(const QSet<qint32> &assetIndexes)
{
    post(d->worker, [assetIndexes](AlarmEngine &e, qint64) { return e.setInterventions(assetIndexes); });
}

void AlarmService::setExpectedChanges(const QHash<qint32, QVector<QPair<qint64, qint64>>> &windows)
{
    QMutexLocker lock(&d->workerMutex);
    if (AlarmWorker *worker = d->worker)
        QMetaObject::invokeMethod(worker, [worker, windows] { worker->setExpectedChanges(windows); }, Qt::QueuedConnection);
}

void AlarmService::setSubjectConditions(const QString &ruleKey, const QHash<QString, QString> &active)
{
    QMutexLocker lock(&d->workerMutex);
    if (AlarmWorker *worker = d->worker)
        QMetaObject::invokeMethod(worker, [worker, ruleKey, active] { worker->setSubjectConditions(ruleKey, active); },
                                  Qt::QueuedConnection);
}

void AlarmService::setRules(const AlarmRules &rules)
{
    if (AlarmWorker *worker = d->worker)
        QMetaObject::invokeMethod(worker, [worker, rules] { worker->setRules(rules); }, Qt::QueuedConnection);
}

} // namespace vigie
