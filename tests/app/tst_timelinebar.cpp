// The review timeline offscreen: requests from clicks and keys, marker hit-testing and
// aggregation, dragging the playhead, bookmarks, and typed times (French and ISO).
#include "timelinebar.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace vigie;

namespace {

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

SessionMarker marker(qint64 at, SessionRecordType type, const QString &actor = {}, const QString &text = {})
{
    SessionMarker m;
    m.atMs = at;
    m.type = type;
    m.actor = actor;
    m.text = text;
    return m;
}

} // namespace

class TestTimelineBar : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void parsesTypedTimes_data();
    void parsesTypedTimes();
    void rejectsBadTimes_data();
    void rejectsBadTimes();
    void buttonsEmitRequests();
    void keysEmitRequests();
    void goToTypedTime();
    void goToOutsideTheSessionIsRefused();
    void markersAreHitWhereTheyAreDrawn();
    void denseMarkersAggregatePerPixelColumn();
    void tooltipNamesTimeActorAndText();
    void draggingThePlayheadSeeksOnReleaseAndThrottled();
    void bookmarkWithANote();
    void jumpsFindNoMarkerBeyondTheEnds();

private:
    /// x of `atMs` in the track (same rounding as the bar).
    int xOf(qint64 atMs) const;
    static int laneY(int lane) { return 4 + lane * 10 + 5; }

    std::unique_ptr<TimelineBar> m_bar;
    const qint64 m_start = utc("2026-11-30T13:00:00Z");
    const qint64 m_end = utc("2026-11-30T14:00:00Z");
};

void TestTimelineBar::init()
{
    m_bar = std::make_unique<TimelineBar>();
    m_bar->setTimeZone(kParis);
    m_bar->setRange(m_start, m_end);
    m_bar->setPosition(m_start + 600000);
    m_bar->resize(1200, m_bar->sizeHint().height());
    m_bar->show();
    m_bar->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_bar.get()));
}

void TestTimelineBar::cleanup()
{
    m_bar.reset();
}

int TestTimelineBar::xOf(qint64 atMs) const
{
    const int usable = m_bar->track()->width() - 20;
    const double msPerPixel = double(m_end - m_start) / usable;
    return 10 + int(std::lround(double(atMs - m_start) / msPerPixel));
}

void TestTimelineBar::parsesTypedTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    const qint64 ref = utc("2026-11-30T20:00:00Z");
    Q_UNUSED(ref)
    QTest::newRow("french full") << "30/11/2026 14:02:05" << utc("2026-11-30T13:02:05Z");
    QTest::newRow("french minutes") << "30/11/2026 14:02" << utc("2026-11-30T13:02:00Z");
    QTest::newRow("french à") << "30/11/2026 à 14:02" << utc("2026-11-30T13:02:00Z");
    QTest::newRow("french h") << "30/11 14h02" << utc("2026-11-30T13:02:00Z");
    QTest::newRow("french day only") << "1/12/2026" << utc("2026-11-30T23:00:00Z");
    QTest::newRow("time of day") << "14:02" << utc("2026-11-30T13:02:00Z");
    QTest::newRow("time with seconds") << " 9:05:30 " << utc("2026-11-30T08:05:30Z");
    QTest::newRow("hour only") << "14h" << utc("2026-11-30T13:00:00Z");
    QTest::newRow("iso T") << "2026-11-30T14:02:05" << utc("2026-11-30T13:02:05Z");
    QTest::newRow("iso space") << "2026-11-30 14:02" << utc("2026-11-30T13:02:00Z");
    QTest::newRow("iso millis") << "2026-11-30T14:02:05.25" << utc("2026-11-30T13:02:05.250Z");
    QTest::newRow("iso Z") << "2026-11-30T14:02:05Z" << utc("2026-11-30T14:02:05Z");
    QTest::newRow("iso offset") << "2026-11-30T14:02:05+02:00" << utc("2026-11-30T12:02:05Z");
    QTest::newRow("iso summer") << "2026-07-14 14:00" << utc("2026-07-14T12:00:00Z");
}

void TestTimelineBar::parsesTypedTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto at = parseTimelineTime(text, kParis, utc("2026-11-30T20:00:00Z"));
    QVERIFY2(at.ok(), at.ok() ? "" : qPrintable(at.error().message));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(at.value(), Qt::UTC), QDateTime::fromMSecsSinceEpoch(expected, Qt::UTC));
}

void TestTimelineBar::rejectsBadTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "hier soir";
    QTest::newRow("bare number") << "14";
    QTest::newRow("no such day") << "31/02/2026 10:00";
    QTest::newRow("no such hour") << "25:00";
    QTest::newRow("no such minute") << "2026-11-30T10:61";
    QTest::newRow("spring forward gap") << "2026-03-29 02:30";
    QTest::newRow("offset too large") << "2026-11-30T10:00+23:00";
}

void TestTimelineBar::rejectsBadTimes()
{
    QFETCH(QString, text);
    const auto at = parseTimelineTime(text, kParis, utc("2026-11-30T20:00:00Z"));
    QVERIFY2(!at.ok(), qPrintable(QStringLiteral("accepted as %1").arg(at.ok() ? at.value() : 0)));
    QCOMPARE(at.error().code, QStringLiteral("badTime"));
    QVERIFY(!at.error().message.isEmpty());
}

void TestTimelineBar::buttonsEmitRequests()
{
    m_bar->setMarkers({marker(m_start + 300000, SessionRecordType::AlarmTransition),
                       marker(m_start + 900000, SessionRecordType::AlarmTransition),
                       marker(m_start + 400000, SessionRecordType::OperatorAction),
                       marker(m_start + 1200000, SessionRecordType::OperatorAction)});
    QSignalSpy play(m_bar.get(), &TimelineBar::playRequested);
    QSignalSpy pause(m_bar.get(), &TimelineBar::pauseRequested);
    QSignalSpy step(m_bar.get(), &TimelineBar::stepRequested);
    QSignalSpy seek(m_bar.get(), &TimelineBar::seekRequested);
    QSignalSpy speed(m_bar.get(), &TimelineBar::speedRequested);
    const auto click = [this](const char *name) {
        auto *b = m_bar->findChild<QToolButton *>(QLatin1String(name));
        QVERIFY2(b, name);
        QTest::mouseClick(b, Qt::LeftButton);
    };
    click("timelinePlay");
    QCOMPARE(play.count(), 1);
    m_bar->setPlaying(true);
    click("timelinePlay");
    QCOMPARE(pause.count(), 1);
    QCOMPARE(play.count(), 1);

    click("timelineStepBack");
    click("timelineStepForward");
    QCOMPARE(step.count(), 2);
    QCOMPARE(step.at(0).at(0).toLongLong(), -m_bar->stepMs());
    QCOMPARE(step.at(1).at(0).toLongLong(), m_bar->stepMs());

    // Playhead at +10 min: alarms at +5 and +15, actions at +6:40 and +20.
    click("timelineNextAlarm");
    click("timelinePreviousAlarm");
    click("timelineNextAction");
    click("timelinePreviousAction");
    QCOMPARE(seek.count(), 4);
    QCOMPARE(seek.at(0).at(0).toLongLong(), m_start + 900000);
    QCOMPARE(seek.at(1).at(0).toLongLong(), m_start + 300000);
    QCOMPARE(seek.at(2).at(0).toLongLong(), m_start + 1200000);
    QCOMPARE(seek.at(3).at(0).toLongLong(), m_start + 400000);

    auto *combo = m_bar->findChild<QComboBox *>(QStringLiteral("timelineSpeed"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), TimelineBar::speeds().size());
    QCOMPARE(TimelineBar::speeds().first(), 0.5);
    QCOMPARE(TimelineBar::speeds().last(), 1000.0);
    QCOMPARE(m_bar->speed(), 1.0);
    emit combo->activated(combo->count() - 1); // as a user's pick does
    QCOMPARE(speed.count(), 1);
    QCOMPARE(speed.at(0).at(0).toDouble(), 1000.0);
    m_bar->setSpeed(0.4); // from the player: closest entry, no request back
    QCOMPARE(m_bar->speed(), 0.5);
    QCOMPARE(speed.count(), 1);
}

void TestTimelineBar::keysEmitRequests()
{
    m_bar->setMarkers({marker(m_start + 300000, SessionRecordType::Bookmark),
                       marker(m_start + 900000, SessionRecordType::InterventionEvent)});
    QSignalSpy play(m_bar.get(), &TimelineBar::playRequested);
    QSignalSpy pause(m_bar.get(), &TimelineBar::pauseRequested);
    QSignalSpy step(m_bar.get(), &TimelineBar::stepRequested);
    QSignalSpy seek(m_bar.get(), &TimelineBar::seekRequested);
    QTest::mouseClick(m_bar->track(), Qt::RightButton, {}, QPoint(5, 5)); // takes the focus, does not seek
    QTRY_VERIFY(m_bar->track()->hasFocus());
    QTest::keyClick(m_bar.get(), Qt::Key_Space);
    QCOMPARE(play.count(), 1);
    m_bar->setPlaying(true);
    QTest::keyClick(m_bar.get(), Qt::Key_Space);
    QCOMPARE(pause.count(), 1);
    QTest::keyClick(m_bar.get(), Qt::Key_Left);
    QTest::keyClick(m_bar.get(), Qt::Key_Right);
    QCOMPARE(step.count(), 2);
    QCOMPARE(step.at(0).at(0).toLongLong(), -m_bar->stepMs());
    QCOMPARE(step.at(1).at(0).toLongLong(), m_bar->stepMs());
    QTest::keyClick(m_bar.get(), Qt::Key_BracketRight);
    QTest::keyClick(m_bar.get(), Qt::Key_BracketLeft);
    QCOMPARE(seek.count(), 2);
    QCOMPARE(seek.at(0).at(0).toLongLong(), m_start + 900000);
    QCOMPARE(seek.at(1).at(0).toLongLong(), m_start + 300000);

    auto *goTo = m_bar->findChild<QLineEdit *>(QStringLiteral("timelineGoTo"));
    QVERIFY(goTo);
    QVERIFY(!goTo->hasFocus());
    QTest::keyClick(m_bar.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(goTo->hasFocus());
    // Typing a space or arrows in the field edits the text, not the playback.
    QTest::keyClicks(goTo, QStringLiteral("30/11 "));
    QTest::keyClick(goTo, Qt::Key_Left);
    QCOMPARE(goTo->text(), QStringLiteral("30/11 "));
    QCOMPARE(play.count(), 1);
    QCOMPARE(step.count(), 2);
}

void TestTimelineBar::goToTypedTime()
{
    QSignalSpy seek(m_bar.get(), &TimelineBar::seekRequested);
    auto *goTo = m_bar->findChild<QLineEdit *>(QStringLiteral("timelineGoTo"));
    goTo->setFocus();
    QTest::keyClicks(goTo, QStringLiteral("30/11/2026 14:25:30"));
    QTest::keyClick(goTo, Qt::Key_Return);
    QCOMPARE(seek.count(), 1);
    QCOMPARE(seek.at(0).at(0).toLongLong(), utc("2026-11-30T13:25:30Z"));
    // A time of day is on the playhead's day; ISO with Z is UTC.
    goTo->clear();
    QTest::keyClicks(goTo, QStringLiteral("14h50"));
    QTest::keyClick(goTo, Qt::Key_Return);
    goTo->clear();
    QTest::keyClicks(goTo, QStringLiteral("2026-11-30T13:05:00Z"));
    QTest::keyClick(goTo, Qt::Key_Return);
    QCOMPARE(seek.count(), 3);
    QCOMPARE(seek.at(1).at(0).toLongLong(), utc("2026-11-30T13:50:00Z"));
    QCOMPARE(seek.at(2).at(0).toLongLong(), utc("2026-11-30T13:05:00Z"));
    // Times shown are local, with the zone's abbreviation.
    m_bar->setPosition(utc("2026-11-30T13:25:30Z"));
    auto *label = m_bar->findChild<QLabel *>(QStringLiteral("timelineTime"));
    QVERIFY(label->text().startsWith(QStringLiteral("30/11/2026 14:25:30")));
}

void TestTimelineBar::goToOutsideTheSessionIsRefused()
{
    QSignalSpy seek(m_bar.get(), &TimelineBar::seekRequested);
    auto *goTo = m_bar->findChild<QLineEdit *>(QStringLiteral("timelineGoTo"));
    auto *message = m_bar->findChild<QLabel *>(QStringLiteral("timelineMessage"));
    goTo->setFocus();
    QTest::keyClicks(goTo, QStringLiteral("30/11/2026 16:00"));
    QTest::keyClick(goTo, Qt::Key_Return);
    QCOMPARE(seek.count(), 0);
    QVERIFY2(message->text().contains(QStringLiteral("outside")), qPrintable(message->text()));
    goTo->clear();
    QTest::keyClicks(goTo, QStringLiteral("n'importe quand"));
    QTest::keyClick(goTo, Qt::Key_Return);
    QCOMPARE(seek.count(), 0);
    QVERIFY2(message->text().contains(QStringLiteral("not a date")), qPrintable(message->text()));
}

void TestTimelineBar::markersAreHitWhereTheyAreDrawn()
{
    const qint64 alarm = m_start + 1800000;
    const qint64 action = m_start + 2400000;
    m_bar->setMarkers({marker(action, SessionRecordType::OperatorAction, QStringLiteral("Camille")),
                       marker(alarm, SessionRecordType::AlarmTransition)});
    QCOMPARE(m_bar->markers().first().atMs, alarm); // sorted

    auto hit = m_bar->bucketAt(QPoint(xOf(alarm), laneY(0)));
    QVERIFY(hit);
    QCOMPARE(m_bar->markers().at(hit->first).atMs, alarm);
    hit = m_bar->bucketAt(QPoint(xOf(alarm) + 3, laneY(0))); // tolerance
    QVERIFY(hit);
    QVERIFY(!m_bar->bucketAt(QPoint(xOf(alarm) + 12, laneY(0))));
    QVERIFY(!m_bar->bucketAt(QPoint(xOf(alarm), laneY(1)))); // not in the actions' lane
    hit = m_bar->bucketAt(QPoint(xOf(action), laneY(1)));
    QVERIFY(hit);
    QCOMPARE(m_bar->markers().at(hit->first).actor, QStringLiteral("Camille"));
    QVERIFY(!m_bar->bucketAt(QPoint(xOf(action), 200)));

    // A click on a marker seeks exactly to it (on release).
    QSignalSpy seek(m_bar.get(), &TimelineBar::seekRequested);
    QTest::mouseClick(m_bar->track(), Qt::LeftButton, {}, QPoint(xOf(action) + 2, laneY(1)));
    QCOMPARE(seek.count(), 1);
    QCOMPARE(seek.at(0).at(0).toLongLong(), action);
}

void TestTimelineBar::denseMarkersAggregatePerPixelColumn()
{
    SessionMarkers markers;
    const qint64 burst = m_start + 1200000;
    for (int i = 0; i < 500; ++i) // 500 alarms within 100 ms: one pixel column
        markers << marker(burst + i / 5, SessionRecordType::AlarmTransition);
    markers << marker(burst, SessionRecordType::OperatorAction) << marker(burst + 50, SessionRecordType::Gap)
            << marker(burst + 60, SessionRecordType::Bookmark);
    for (int i = 0; i < 10; ++i) // one per minute: each its own column
        markers << marker(m_start + 2400000 + i * 60000, SessionRecordType::AlarmTransition);
    m_bar->setMarkers(markers);
    const auto buckets = m_bar->buckets();
    int alarmBuckets = 0;
    for (const auto &b : buckets) {
        if (b.lane == 0) {
            ++alarmBuckets;
            if (b.x == xOf(burst))
                QCOMPARE(b.count, 500);
            else
                QCOMPARE(b.count, 1);
        }
    }
    QCOMPARE(alarmBuckets, 11);
    // Bookmark and gap share the last lane and the column: one bucket of 2.
    auto last = m_bar->bucketAt(QPoint(xOf(burst), laneY(3)));
    QVERIFY(last);
    QCOMPARE(last->count, 2);
    QCOMPARE(buckets.size(), 11 + 1 + 1);

    // A longer range (2 min per pixel): the minute-spaced alarms share columns, none is lost.
    m_bar->setRange(m_start, m_start + qint64(m_bar->track()->width() - 20) * 120'000);
    int total = 0;
    int columns = 0;
    for (const auto &b : m_bar->buckets()) {
        if (b.lane == 0) {
            total += b.count;
            ++columns;
        }
    }
    QCOMPARE(total, 510);
    QVERIFY2(columns < 11, qPrintable(QString::number(columns)));
}

void TestTimelineBar::tooltipNamesTimeActorAndText()
{
    SessionMarker m = marker(utc("2026-11-30T13:14:00Z"), SessionRecordType::OperatorAction, QStringLiteral("Camille Martin"),
                             QStringLiteral("acknowledged <lamp 100>"));
    m.subject = QStringLiteral("alarm:42");
    m_bar->setMarkers({m});
    const auto hit = m_bar->bucketAt(QPoint(xOf(m.atMs), laneY(1)));
    QVERIFY(hit);
    const QString tip = m_bar->bucketToolTip(*hit);
    QVERIFY2(tip.contains(QStringLiteral("30/11/2026 14:14:00")), qPrintable(tip)); // local time
    QVERIFY(tip.contains(QStringLiteral("Camille Martin")));
    QVERIFY(tip.contains(QStringLiteral("alarm:42")));
    QVERIFY(tip.contains(QStringLiteral("acknowledged &lt;lamp 100&gt;"))); // escaped

    SessionMarkers many;
    for (int i = 0; i < 20; ++i)
        many << marker(m.atMs, SessionRecordType::OperatorAction, QStringLiteral("op%1").arg(i));
    m_bar->setMarkers(many);
    const QString manyTip = m_bar->bucketToolTip(*m_bar->bucketAt(QPoint(xOf(m.atMs), laneY(1))));
    QVERIFY(manyTip.contains(QStringLiteral("20 marker")));
    QVERIFY(manyTip.contains(QStringLiteral("op7")));
    QVERIFY(!manyTip.contains(QStringLiteral("op8")));
    QVERIFY(manyTip.contains(QStringLiteral("12 more")));
}

void TestTimelineBar::draggingThePlayheadSeeksOnReleaseAndThrottled()
{
    QSignalSpy seek(m_bar.get(), &TimelineBar::seekRequested);
    QWidget *track = m_bar->track();
    const int y = laneY(2);
    QTest::mousePress(track, Qt::LeftButton, {}, QPoint(xOf(m_start + 600000), y));
    QCOMPARE(seek.count(), 0); // a press alone does not seek
    // 40 moves in quick succession: the throttle lets few through.
    QElapsedTimer moving;
    moving.start();
    for (int i = 1; i <= 40; ++i)
        QTest::mouseMove(track, QPoint(xOf(m_start + 600000) + i * 10, y));
    const qint64 allowed = 1 + moving.elapsed() / TimelineBar::kDragSeekIntervalMs;
    const qint64 dragged = m_bar->position();
    QVERIFY(dragged > m_start + 600000);
    QVERIFY2(seek.count() <= allowed && seek.count() < 40, qPrintable(QStringLiteral("%1 seeks, %2 allowed").arg(seek.count()).arg(allowed)));
    // The pointer rests: the latest time is sought after the interval.
    QTRY_VERIFY_WITH_TIMEOUT(!seek.isEmpty() && seek.last().at(0).toLongLong() == dragged, 1000);
    // The player's reports do not move the dragged playhead.
    m_bar->setPosition(m_start);
    QCOMPARE(m_bar->position(), dragged);
    const int before = int(seek.count());
    QTest::mouseRelease(track, Qt::LeftButton, {}, QPoint(xOf(m_start + 600000) + 400, y));
    QCOMPARE(seek.count(), before + 1);
    QCOMPARE(seek.last().at(0).toLongLong(), dragged);
    QCOMPARE(m_bar->position(), dragged);

    // Dragging past the end clamps to it.
    QTest::mousePress(track, Qt::LeftButton, {}, QPoint(xOf(m_end) - 5, y));
    QTest::mouseMove(track, QPoint(track->width() + 50, y));
    QTest::mouseRelease(track, Qt::LeftButton, {}, QPoint(track->width() + 50, y));
    QCOMPARE(seek.last().at(0).toLongLong(), m_end);
}

void TestTimelineBar::bookmarkWithANote()
{
    QSignalSpy bookmark(m_bar.get(), &TimelineBar::bookmarkRequested);
    auto *button = m_bar->findChild<QToolButton *>(QStringLiteral("timelineBookmark"));
    auto *note = m_bar->findChild<QLineEdit *>(QStringLiteral("timelineBookmarkNote"));
    QVERIFY(button && note);
    QVERIFY(!note->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(note->isVisible());
    QTRY_VERIFY(note->hasFocus());
    m_bar->setPosition(m_start + 700000); // the note stays at the time it was opened at
    QTest::keyClicks(note, QStringLiteral("Coupure secteur Antigone"));
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(bookmark.count(), 1);
    QCOMPARE(bookmark.at(0).at(0).toLongLong(), m_start + 600000);
    QCOMPARE(bookmark.at(0).at(1).toString(), QStringLiteral("Coupure secteur Antigone"));
    QVERIFY(!note->isVisible());

    // Escape gives up.
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::keyClicks(note, QStringLiteral("draft"));
    QTest::keyClick(note, Qt::Key_Escape);
    QVERIFY(!note->isVisible());
    QCOMPARE(bookmark.count(), 1);
}

void TestTimelineBar::jumpsFindNoMarkerBeyondTheEnds()
{
    m_bar->setMarkers({marker(m_start + 600000, SessionRecordType::AlarmTransition)});
    // Strictly after / before: the marker at the playhead itself is not "next".
    QVERIFY(!m_bar->nextMarker(m_start + 600000, kSessionMarkerTypes));
    QVERIFY(!m_bar->previousMarker(m_start + 600000, kSessionMarkerTypes));
    QCOMPARE(m_bar->nextMarker(m_start, kSessionMarkerTypes).value_or(-1), m_start + 600000);
    QVERIFY(!m_bar->nextMarker(m_start, sessionTypeBit(SessionRecordType::OperatorAction)));
    QSignalSpy seek(m_bar.get(), &TimelineBar::seekRequested);
    QTest::mouseClick(m_bar->findChild<QToolButton *>(QStringLiteral("timelineNextAlarm")), Qt::LeftButton);
    QCOMPARE(seek.count(), 0);
    QVERIFY(!m_bar->findChild<QLabel *>(QStringLiteral("timelineMessage"))->text().isEmpty());
}

QTEST_MAIN(TestTimelineBar)
#include "tst_timelinebar.moc"
