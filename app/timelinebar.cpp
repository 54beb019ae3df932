#include "timelinebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

constexpr int kMargin = 10;      ///< Track pixels left and right of the time range.
constexpr int kLaneHeight = 10;
constexpr int kLanesTop = 4;
constexpr int kAxisHeight = 16;
constexpr int kHitTolerance = 4; ///< Pixels either side of a marker that still hit it.
constexpr int kTooltipMarkers = 8;

constexpr quint32 kAlarmMask = sessionTypeBit(SessionRecordType::AlarmTransition);
constexpr quint32 kActionMask = sessionTypeBit(SessionRecordType::OperatorAction);

QColor markerColor(SessionRecordType type)
{
    switch (type) {
    case SessionRecordType::AlarmTransition: return QColor(0xd3, 0x2f, 0x2f);
    case SessionRecordType::OperatorAction: return QColor(0x1f, 0x6f, 0xeb);
    case SessionRecordType::InterventionEvent: return QColor(0xd9, 0x77, 0x06);
    case SessionRecordType::Bookmark: return QColor(0x15, 0x80, 0x3d);
    case SessionRecordType::Gap: return QColor(0x80, 0x80, 0x80);
    default: return QColor(0x60, 0x60, 0x60);
    }
}

QString markerKindName(SessionRecordType type)
{
    switch (type) {
    case SessionRecordType::AlarmTransition: return TimelineBar::tr("Alarm");
    case SessionRecordType::OperatorAction: return TimelineBar::tr("Operator action");
    case SessionRecordType::InterventionEvent: return TimelineBar::tr("Intervention");
    case SessionRecordType::Bookmark: return TimelineBar::tr("Bookmark");
    case SessionRecordType::Gap: return TimelineBar::tr("Recording gap");
    default: return QString();
    }
}

Error badTime(const QString &text, const QString &why)
{
    return Error{QStringLiteral("badTime"), TimelineBar::tr("\"%1\" is not a date and time: %2").arg(text, why)};
}

/// Tick spacing (ms) giving at least `minPixels` between ticks at `msPerPixel`.
qint64 tickStep(double msPerPixel, int minPixels)
{
    static constexpr qint64 steps[] = {1000, 5000, 10000, 30000, 60000, 5 * 60000, 10 * 60000, 15 * 60000,
                                       30 * 60000, 3600000, 3 * 3600000, 6 * 3600000, 12 * 3600000, 86400000};
    for (qint64 s : steps) {
        if (double(s) / msPerPixel >= minPixels)
            return s;
    }
    return 7 * 86400000LL;
}

} // namespace

Result<qint64> parseTimelineTime(const QString &input, const QTimeZone &zone, qint64 referenceMs)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return badTime(input, TimelineBar::tr("nothing was typed"));
    // Time of day: "14:02", "14:02:05", "14h02", "14h", "14h02m05".
    static const QString timePart = QStringLiteral(R"((\d{1,2})(?:h(\d{2})?|:(\d{2}))(?:[:m](\d{2})s?)?)");
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)? ?(Z|[+-]\d{2}:?\d{2})?$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression frenchFull(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?:,? (?:à )?)") + timePart
                                                + QStringLiteral(")?$"));
    static const QRegularExpression timeOnly(QStringLiteral("^") + timePart + QStringLiteral("$"));

    const QDate referenceDay = QDateTime::fromMSecsSinceEpoch(referenceMs, zone).date();
    QDate date;
    int hour = 0, minute = 0, second = 0, milli = 0;
    QTimeZone in = zone;
    const auto timeFrom = [&](const QRegularExpressionMatch &m, int first) {
        hour = m.captured(first).toInt();
        minute = m.captured(first + 1).isEmpty() ? m.captured(first + 2).toInt() : m.captured(first + 1).toInt();
        second = m.captured(first + 3).toInt();
    };
    if (const auto m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
        milli = m.captured(7).leftJustified(3, QLatin1Char('0')).toInt();
        const QString offset = m.captured(8);
        if (offset.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0) {
            in = QTimeZone::utc();
        } else if (!offset.isEmpty()) {
            QString digits = offset.mid(1);
            digits.remove(QLatin1Char(':'));
            const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
            if (seconds > 14 * 3600)
                return badTime(input, TimelineBar::tr("the offset %1 is out of range").arg(offset));
            in = QTimeZone(offset.startsWith(QLatin1Char('-')) ? -seconds : seconds);
        }
    } else if (const auto f = frenchFull.match(text); f.hasMatch()) {
        const int year = f.captured(3).isEmpty() ? referenceDay.year() : f.captured(3).toInt();
        date = QDate(year, f.captured(2).toInt(), f.captured(1).toInt());
        if (!f.captured(4).isEmpty())
            timeFrom(f, 4);
    } else if (const auto t = timeOnly.match(text); t.hasMatch()) {
        date = referenceDay;
        timeFrom(t, 1);
    } else {
        return badTime(input, TimelineBar::tr("expected dd/mm/yyyy hh:mm:ss, hh:mm or yyyy-mm-ddThh:mm:ss"));
    }
    if (!date.isValid())
        return badTime(input, TimelineBar::tr("there is no such day"));
    const QTime time(hour, minute, second, milli);
    if (!time.isValid())
        return badTime(input, TimelineBar::tr("there is no such time of day"));
    const QDateTime at(date, time, in);
    // A local time skipped by a clock change does not exist: Qt either refuses it or moves it.
    if (!at.isValid() || at.time() != time || at.date() != date)
        return badTime(input, TimelineBar::tr("this time does not exist in %1 (clock change)")
                                  .arg(QString::fromUtf8(in.id())));
    return at.toMSecsSinceEpoch();
}

/// \brief The drawn part of the timeline: lanes of markers, a time axis and the playhead.
class TimelineTrack : public QWidget
{
public:
    explicit TimelineTrack(TimelineBar *bar)
        : QWidget(bar)
        , m_bar(bar)
    {
        setObjectName(QStringLiteral("timelineTrack"));
        setMinimumHeight(kLanesTop + TimelineBar::kLanes * kLaneHeight + kAxisHeight);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setMouseTracking(true);
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::ClickFocus); // a click on the timeline takes the keys from the go-to field
    }

    QSize sizeHint() const override { return {600, minimumHeight()}; }

    int usableWidth() const { return std::max(1, width() - 2 * kMargin); }
    double msPerPixel() const
    {
        return double(std::max<qint64>(1, m_bar->m_endMs - m_bar->m_startMs)) / usableWidth();
    }
    int xOf(qint64 atMs) const
    {
        return kMargin + int(std::lround(double(atMs - m_bar->m_startMs) / msPerPixel()));
    }
    qint64 timeAt(int x) const
    {
        const int clamped = std::clamp(x - kMargin, 0, usableWidth());
        return m_bar->m_startMs + qint64(std::llround(clamped * msPerPixel()));
    }
    static int laneTop(int lane) { return kLanesTop + lane * kLaneHeight; }

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton)
            return;
        const auto bucket = m_bar->bucketAt(event->position().toPoint());
        // A click on a marker goes exactly to it; elsewhere to the time under the pointer.
        m_bar->dragTo(bucket ? m_bar->m_markers[bucket->first].atMs : timeAt(event->position().toPoint().x()),
                      TimelineBar::DragPhase::Press);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (event->buttons() & Qt::LeftButton)
            m_bar->dragTo(timeAt(event->position().toPoint().x()), TimelineBar::DragPhase::Move);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_bar->m_dragMs)
            m_bar->dragTo(*m_bar->m_dragMs, TimelineBar::DragPhase::Release);
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            if (const auto bucket = m_bar->bucketAt(help->pos()))
                QToolTip::showText(help->globalPos(), m_bar->bucketToolTip(*bucket), this);
            else
                QToolTip::showText(help->globalPos(), m_bar->formatTime(timeAt(help->pos().x())), this);
            return true;
        }
        if (event->type() == QEvent::Resize)
            m_bar->m_bucketsWidth = -1;
        return QWidget::event(event);
    }

private:
    void drawMarker(QPainter &p, const TimelineBar::MarkerBucket &bucket);
    TimelineBar *m_bar;
};

void TimelineTrack::drawMarker(QPainter &p, const TimelineBar::MarkerBucket &bucket)
{
    const SessionMarker &marker = m_bar->m_markers[bucket.first];
    const QColor colour = markerColor(marker.type);
    // A bucket of many markers is drawn larger: log2 of its count, up to the lane height.
    const double half = std::min(kLaneHeight / 2.0, 3.0 + std::log2(double(bucket.count)) * 0.7);
    const double cx = bucket.x + 0.5;
    const double cy = laneTop(bucket.lane) + kLaneHeight / 2.0;
    p.setPen(bucket.count > 1 ? QPen(colour.darker(160), 1) : Qt::NoPen);
    p.setBrush(colour);
    QPainterPath path;
    switch (marker.type) {
    case SessionRecordType::AlarmTransition: // triangle
        path.moveTo(cx, cy - half);
        path.lineTo(cx + half, cy + half);
        path.lineTo(cx - half, cy + half);
        path.closeSubpath();
        break;
    case SessionRecordType::OperatorAction: // diamond
        path.moveTo(cx, cy - half);
        path.lineTo(cx + half, cy);
        path.lineTo(cx, cy + half);
        path.lineTo(cx - half, cy);
        path.closeSubpath();
        break;
    case SessionRecordType::InterventionEvent: // square
        path.addRect(QRectF(cx - half * 0.8, cy - half * 0.8, half * 1.6, half * 1.6));
        break;
    case SessionRecordType::Bookmark: // flag on a pole
        p.setPen(QPen(colour, 1.5));
        p.drawLine(QPointF(cx, cy - half), QPointF(cx, cy + half));
        path.moveTo(cx, cy - half);
        path.lineTo(cx + half * 1.4, cy - half * 0.5);
        path.lineTo(cx, cy);
        path.closeSubpath();
        break;
    case SessionRecordType::Gap: // hatched band over every lane: data is missing there
        p.fillRect(QRectF(cx - 2, laneTop(0), 4, TimelineBar::kLanes * kLaneHeight), QBrush(colour, Qt::BDiagPattern));
        path.addRect(QRectF(cx - 2, cy - half, 4, half * 2));
        break;
    default:
        path.addEllipse(QPointF(cx, cy), half, half);
        break;
    }
    p.drawPath(path);
}

void TimelineTrack::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int lanesBottom = laneTop(TimelineBar::kLanes);
    const QRect lanes(kMargin, kLanesTop, usableWidth(), lanesBottom - kLanesTop);
    p.fillRect(rect(), pal.window());
    p.fillRect(lanes, pal.base());
    for (int lane = 1; lane < TimelineBar::kLanes; lane += 2)
        p.fillRect(QRect(kMargin, laneTop(lane), usableWidth(), kLaneHeight), pal.alternateBase());
    p.setPen(pal.mid().color());
    p.drawRect(lanes.adjusted(0, 0, -1, -1));

    // Time axis: ticks at a round step, labelled in the display zone.
    if (m_bar->m_endMs > m_bar->m_startMs) {
        const qint64 step = tickStep(msPerPixel(), 90);
        const qint64 offsetMs = qint64(m_bar->m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(m_bar->m_startMs, Qt::UTC))) * 1000;
        qint64 tick = ((m_bar->m_startMs + offsetMs) / step + 1) * step - offsetMs;
        const QString format = step >= 86400000 ? QStringLiteral("dd/MM") : step >= 60000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
        p.setFont(font());
        for (; tick < m_bar->m_endMs; tick += step) {
            const int x = xOf(tick);
            p.setPen(pal.mid().color());
            p.drawLine(x, lanesBottom, x, lanesBottom + 3);
            p.setPen(pal.text().color());
            const QString label = QDateTime::fromMSecsSinceEpoch(tick, m_bar->m_zone).toString(format);
            const int w = fontMetrics().horizontalAdvance(label);
            p.drawText(QRect(x - w / 2, lanesBottom + 3, w, kAxisHeight - 3), Qt::AlignCenter, label);
        }
    }

    for (const TimelineBar::MarkerBucket &bucket : m_bar->buckets())
        drawMarker(p, bucket);

    // Playhead: a line over the lanes with a handle on top.
    const int x = xOf(m_bar->position());
    const QColor head = m_bar->m_dragMs ? pal.highlight().color() : pal.text().color();
    p.setPen(QPen(head, 2));
    p.drawLine(x, kLanesTop - 2, x, lanesBottom + 2);
    QPainterPath handle;
    handle.moveTo(x - 5, 0);
    handle.lineTo(x + 5, 0);
    handle.lineTo(x, kLanesTop + 3);
    handle.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(head);
    p.drawPath(handle);
}

TimelineBar::TimelineBar(QWidget *parent)
    : QWidget(parent)
    , m_track(new TimelineTrack(this))
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_time(new QLabel(this))
    , m_goTo(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_bookmark(new QToolButton(this))
    , m_dragTimer(new QTimer(this))
    , m_messageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timelineBar"));
    m_clock.start();
    const auto button = [this](const QString &name, const QString &text, const QString &tip, QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        if (icon != QStyle::SP_CustomBase) {
            b->setIcon(style()->standardIcon(icon));
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus); // Space is play/pause, not "click the focused button"
        return b;
    };
    QToolButton *previousAlarm = button(QStringLiteral("timelinePreviousAlarm"), tr("‹ Alarm"), tr("Previous alarm transition"));
    QToolButton *previousAction = button(QStringLiteral("timelinePreviousAction"), tr("‹ Action"), tr("Previous operator action"));
    QToolButton *stepBack = button(QStringLiteral("timelineStepBack"), tr("Step back"), tr("Step back (Left)"), QStyle::SP_MediaSeekBackward);
    QToolButton *stepForward = button(QStringLiteral("timelineStepForward"), tr("Step forward"), tr("Step forward (Right)"), QStyle::SP_MediaSeekForward);
    QToolButton *nextAction = button(QStringLiteral("timelineNextAction"), tr("Action ›"), tr("Next operator action"));
    QToolButton *nextAlarm = button(QStringLiteral("timelineNextAlarm"), tr("Alarm ›"), tr("Next alarm transition"));
    m_play->setObjectName(QStringLiteral("timelinePlay"));
    m_play->setAutoRaise(true);
    m_play->setFocusPolicy(Qt::NoFocus);
    m_play->setIconSize(QSize(22, 22));
    setPlaying(false);

    m_speed->setObjectName(QStringLiteral("timelineSpeed"));
    m_speed->setToolTip(tr("Playback speed"));
    m_speed->setFocusPolicy(Qt::NoFocus);
    for (double s : speeds())
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(s, 'g', 4)), s);
    m_speed->setCurrentIndex(int(speeds().indexOf(1.0)));

    m_time->setObjectName(QStringLiteral("timelineTime"));
    m_time->setToolTip(tr("Time at the playhead (local time of the city)"));
    QFont bold = m_time->font();
    bold.setBold(true);
    m_time->setFont(bold);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00:00 CEST  ")));

    m_goTo->setObjectName(QStringLiteral("timelineGoTo"));
    m_goTo->setPlaceholderText(tr("Go to dd/mm/yyyy hh:mm:ss"));
    m_goTo->setToolTip(tr("Type a date and time (local time), or a time of the day shown, then Enter (Ctrl+G)"));
    m_goTo->setClearButtonEnabled(true);
    m_goTo->setMinimumWidth(m_goTo->fontMetrics().horizontalAdvance(m_goTo->placeholderText()) + 40);
    m_goTo->setMaximumWidth(m_goTo->minimumWidth() + 60);

    m_bookmark->setObjectName(QStringLiteral("timelineBookmark"));
    m_bookmark->setText(tr("Bookmark…"));
    m_bookmark->setToolTip(tr("Place a bookmark with a note at the playhead"));
    m_bookmark->setAutoRaise(true);
    m_bookmark->setFocusPolicy(Qt::NoFocus);
    m_note->setObjectName(QStringLiteral("timelineBookmarkNote"));
    m_note->setMaximumWidth(320);
    m_note->hide();

    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(5000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(kMargin - 4, 0, kMargin - 4, 0);
    controls->setSpacing(2);
    for (QWidget *w : std::initializer_list<QWidget *>{previousAlarm, previousAction, stepBack, m_play, stepForward, nextAction, nextAlarm, m_speed})
        controls->addWidget(w);
    controls->addSpacing(12);
    controls->addWidget(m_time);
    controls->addWidget(m_message, 1);
    controls->addWidget(m_note, 2);
    controls->addWidget(m_bookmark);
    controls->addWidget(m_goTo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(0);
    layout->addWidget(m_track);
    layout->addLayout(controls);

    connect(m_play, &QToolButton::clicked, this, &TimelineBar::togglePlay);
    connect(stepBack, &QToolButton::clicked, this, [this] { emit stepRequested(-m_stepMs); });
    connect(stepForward, &QToolButton::clicked, this, [this] { emit stepRequested(m_stepMs); });
    connect(previousAlarm, &QToolButton::clicked, this, [this] { jumpTo(previousMarker(position(), kAlarmMask), tr("No earlier alarm transition")); });
    connect(nextAlarm, &QToolButton::clicked, this, [this] { jumpTo(nextMarker(position(), kAlarmMask), tr("No later alarm transition")); });
    connect(previousAction, &QToolButton::clicked, this, [this] { jumpTo(previousMarker(position(), kActionMask), tr("No earlier operator action")); });
    connect(nextAction, &QToolButton::clicked, this, [this] { jumpTo(nextMarker(position(), kActionMask), tr("No later operator action")); });
    connect(m_speed, &QComboBox::activated, this, [this](int index) { emit speedRequested(m_speed->itemData(index).toDouble()); });
    connect(m_goTo, &QLineEdit::returnPressed, this, &TimelineBar::goToTyped);
    connect(m_goTo, &QLineEdit::textEdited, this, [this] { m_goTo->setStyleSheet({}); });
    connect(m_bookmark, &QToolButton::clicked, this, &TimelineBar::beginBookmark);
    connect(m_note, &QLineEdit::returnPressed, this, &TimelineBar::commitBookmark);
    auto *cancelNote = new QShortcut(QKeySequence(Qt::Key_Escape), m_note, nullptr, nullptr, Qt::WidgetShortcut);
    connect(cancelNote, &QShortcut::activated, this, [this] {
        m_note->hide();
        m_bookmark->show();
    });
    m_dragTimer->setSingleShot(true);
    connect(m_dragTimer, &QTimer::timeout, this, [this] {
        if (m_dragMs) {
            m_lastDragSeekMs = m_clock.elapsed();
            emit seekRequested(*m_dragMs);
        }
    });
    buildShortcuts();
    updateTimeLabel();
}

TimelineBar::~TimelineBar() = default;

void TimelineBar::buildShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    add(QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    add(QKeySequence(Qt::Key_Left), [this] { emit stepRequested(-m_stepMs); });
    add(QKeySequence(Qt::Key_Right), [this] { emit stepRequested(m_stepMs); });
    add(QKeySequence(Qt::CTRL | Qt::Key_G), [this] { focusGoTo(); });
    add(QKeySequence(Qt::Key_BracketLeft), [this] { jumpTo(previousMarker(position(), kSessionMarkerTypes), tr("No earlier marker")); });
    add(QKeySequence(Qt::Key_BracketRight), [this] { jumpTo(nextMarker(position(), kSessionMarkerTypes), tr("No later marker")); });
}

QVector<double> TimelineBar::speeds()
{
    return {0.5, 1, 2, 5, 10, 30, 60, 100, 300, 1000};
}

void TimelineBar::setRange(qint64 startMs, qint64 endMs)
{
    m_startMs = startMs;
    m_endMs = std::max(startMs, endMs);
    m_positionMs = clamp(m_positionMs);
    m_bucketsWidth = -1;
    updateTimeLabel();
    m_track->update();
}

void TimelineBar::setMarkers(const SessionMarkers &markers)
{
    m_markers = markers;
    std::stable_sort(m_markers.begin(), m_markers.end(), [](const SessionMarker &a, const SessionMarker &b) { return a.atMs < b.atMs; });
    m_bucketsWidth = -1;
    m_track->update();
}

void TimelineBar::setPosition(qint64 atMs)
{
    m_positionMs = clamp(atMs);
    if (m_dragMs)
        return;
    updateTimeLabel();
    m_track->update();
}

qint64 TimelineBar::position() const
{
    return m_dragMs.value_or(m_positionMs);
}

void TimelineBar::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void TimelineBar::setSpeed(double factor)
{
    const QVector<double> all = speeds();
    int best = 0;
    for (int i = 1; i < all.size(); ++i) {
        if (std::abs(std::log(all[i] / factor)) < std::abs(std::log(all[best] / factor)))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

double TimelineBar::speed() const
{
    return m_speed->currentData().toDouble();
}

void TimelineBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    updateTimeLabel();
    m_track->update();
}

void TimelineBar::setBusy(bool busy)
{
    m_busy = busy;
    updateTimeLabel();
}

QString TimelineBar::formatTime(qint64 atMs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, m_zone);
    return QStringLiteral("%1 %2").arg(at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), m_zone.abbreviation(at));
}

int TimelineBar::laneOf(SessionRecordType type)
{
    switch (type) {
    case SessionRecordType::AlarmTransition: return 0;
    case SessionRecordType::OperatorAction: return 1;
    case SessionRecordType::InterventionEvent: return 2;
    default: return 3;
    }
}

QVector<TimelineBar::MarkerBucket> TimelineBar::buckets() const
{
    if (m_bucketsWidth == m_track->width())
        return m_buckets;
    // One pass per lane over the time-sorted markers: a bucket grows while the markers of
    // its lane keep landing in its pixel column. Linear in the number of markers.
    QVector<MarkerBucket> out;
    for (int lane = 0; lane < kLanes; ++lane) {
        MarkerBucket current{lane, 0, 0, 0};
        for (int i = 0; i < m_markers.size(); ++i) {
            if (laneOf(m_markers[i].type) != lane)
                continue;
            const int x = m_track->xOf(m_markers[i].atMs);
            if (current.count > 0 && x == current.x) {
                ++current.count;
                continue;
            }
            if (current.count > 0)
                out << current;
            current = MarkerBucket{lane, x, i, 1};
        }
        if (current.count > 0)
            out << current;
    }
    m_buckets = out;
    m_bucketsWidth = m_track->width();
    return out;
}

std::optional<TimelineBar::MarkerBucket> TimelineBar::bucketAt(QPoint trackPoint) const
{
    const int lane = (trackPoint.y() - kLanesTop) / kLaneHeight;
    if (trackPoint.y() < kLanesTop || lane >= kLanes)
        return std::nullopt;
    std::optional<MarkerBucket> best;
    for (const MarkerBucket &b : buckets()) {
        if (b.lane != lane || std::abs(b.x - trackPoint.x()) > kHitTolerance)
            continue;
        if (!best || std::abs(b.x - trackPoint.x()) < std::abs(best->x - trackPoint.x()))
            best = b;
    }
    return best;
}

QString TimelineBar::bucketToolTip(const MarkerBucket &bucket) const
{
    QStringList lines;
    if (bucket.count > 1)
        lines << QStringLiteral("<b>%1</b>").arg(tr("%n marker(s)", nullptr, bucket.count));
    for (int i = bucket.first; i < bucket.first + bucket.count && i < bucket.first + kTooltipMarkers; ++i) {
        const SessionMarker &m = m_markers[i];
        QString line = QStringLiteral("<b>%1</b> · %2").arg(formatTime(m.atMs).toHtmlEscaped(), markerKindName(m.type).toHtmlEscaped());
        if (!m.actor.isEmpty())
            line += QStringLiteral(" · %1").arg(m.actor.toHtmlEscaped());
        if (!m.subject.isEmpty())
            line += QStringLiteral(" · %1").arg(m.subject.toHtmlEscaped());
        if (!m.text.isEmpty())
            line += QStringLiteral("<br>&nbsp;&nbsp;%1").arg(m.text.toHtmlEscaped());
        lines << line;
    }
    if (bucket.count > kTooltipMarkers)
        lines << tr("… and %n more", nullptr, bucket.count - kTooltipMarkers);
    return QStringLiteral("<qt>%1</qt>").arg(lines.join(QStringLiteral("<br>")));
}

std::optional<qint64> TimelineBar::nextMarker(qint64 fromMs, quint32 typesMask) const
{
    auto it = std::upper_bound(m_markers.cbegin(), m_markers.cend(), fromMs,
                               [](qint64 t, const SessionMarker &m) { return t < m.atMs; });
    for (; it != m_markers.cend(); ++it) {
        if (typesMask & sessionTypeBit(it->type))
            return it->atMs;
    }
    return std::nullopt;
}

std::optional<qint64> TimelineBar::previousMarker(qint64 fromMs, quint32 typesMask) const
{
    auto it = std::lower_bound(m_markers.cbegin(), m_markers.cend(), fromMs,
                               [](const SessionMarker &m, qint64 t) { return m.atMs < t; });
    while (it != m_markers.cbegin()) {
        --it;
        if (typesMask & sessionTypeBit(it->type))
            return it->atMs;
    }
    return std::nullopt;
}

QWidget *TimelineBar::track() const
{
    return m_track;
}

void TimelineBar::focusGoTo()
{
    m_goTo->setFocus(Qt::ShortcutFocusReason);
    m_goTo->selectAll();
}

void TimelineBar::beginBookmark()
{
    m_bookmarkAtMs = position();
    m_note->clear();
    m_note->setPlaceholderText(tr("Note for the bookmark at %1, then Enter").arg(formatTime(m_bookmarkAtMs)));
    m_bookmark->hide();
    m_note->show();
    m_note->setFocus(Qt::OtherFocusReason);
}

void TimelineBar::commitBookmark()
{
    const QString note = m_note->text().trimmed();
    m_note->hide();
    m_bookmark->show();
    emit bookmarkRequested(m_bookmarkAtMs, note);
}

void TimelineBar::togglePlay()
{
    if (m_playing)
        emit pauseRequested();
    else
        emit playRequested();
}

void TimelineBar::jumpTo(std::optional<qint64> atMs, const QString &noneMessage)
{
    if (!atMs) {
        m_message->setText(noneMessage);
        m_messageTimer->start();
        return;
    }
    emit seekRequested(*atMs);
}

void TimelineBar::goToTyped()
{
    auto at = parseTimelineTime(m_goTo->text(), m_zone, position());
    QString problem;
    if (!at)
        problem = at.error().message;
    else if (at.value() < m_startMs || at.value() > m_endMs)
        problem = tr("%1 is outside the session (%2 – %3)").arg(formatTime(at.value()), formatTime(m_startMs), formatTime(m_endMs));
    if (!problem.isEmpty()) {
        m_goTo->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d32f2f; }"));
        m_message->setText(problem);
        m_messageTimer->start();
        return;
    }
    m_goTo->setStyleSheet({});
    m_message->clear();
    emit seekRequested(at.value());
}

void TimelineBar::updateTimeLabel()
{
    m_time->setText(m_busy ? tr("%1 (seeking…)").arg(formatTime(position())) : formatTime(position()));
}

void TimelineBar::dragTo(qint64 atMs, DragPhase phase)
{
    m_dragMs = clamp(atMs);
    updateTimeLabel();
    m_track->update();
    if (phase == DragPhase::Press) {
        // The seek comes on release, or from the throttle if the pointer moves on.
        m_lastDragSeekMs = m_clock.elapsed();
        return;
    }
    if (phase == DragPhase::Release) {
        m_dragTimer->stop();
        m_positionMs = *m_dragMs;
        m_dragMs.reset();
        emit seekRequested(m_positionMs);
        return;
    }
    // Throttled: at most one seek every kDragSeekIntervalMs; the latest time is sent when
    // the interval is over, so a pointer that stops without release still gets there.
    const qint64 now = m_clock.elapsed();
    if (m_lastDragSeekMs < 0 || now - m_lastDragSeekMs >= kDragSeekIntervalMs) {
        m_lastDragSeekMs = now;
        m_dragTimer->stop();
        emit seekRequested(*m_dragMs);
    } else if (!m_dragTimer->isActive()) {
        m_dragTimer->start(int(kDragSeekIntervalMs - (now - m_lastDragSeekMs)));
    }
}

qint64 TimelineBar::clamp(qint64 atMs) const
{
    return std::clamp(atMs, m_startMs, m_endMs);
}

} // namespace vigie
