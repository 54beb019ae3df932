#include "symbology.h"

#include <QCoreApplication>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace vigie::symbology {

QColor fillColor(AssetCondition condition)
{
    switch (condition) {
    case AssetCondition::Fault: return QColor(0xd7, 0x19, 0x1c);
    case AssetCondition::Full: return QColor(0xe6, 0x55, 0x0d);
    case AssetCondition::High: return QColor(0xf2, 0xb4, 0x2f);
    case AssetCondition::Silent: return QColor(0x8e, 0x5a, 0xb5);
    case AssetCondition::LightOn: return QColor(0xff, 0xd7, 0x00);
    case AssetCondition::LightOff: return QColor(0x3d, 0x55, 0x7a);
    case AssetCondition::Normal: return QColor(0x2e, 0x8b, 0x57);
    case AssetCondition::NoData: return QColor(0xa8, 0xa8, 0xa8);
    }
    return Qt::black;
}

QColor outlineColor(AssetCondition condition)
{
    switch (condition) {
    case AssetCondition::Fault: return QColor(0x5a, 0x00, 0x00);
    case AssetCondition::Silent: return QColor(0x3b, 0x1c, 0x52);
    case AssetCondition::LightOn: return QColor(0x80, 0x60, 0x00);
    case AssetCondition::NoData: return QColor(0x70, 0x70, 0x70);
    default: return fillColor(condition).darker(170);
    }
}

QString conditionLabel(AssetKind kind, AssetCondition condition)
{
    const bool lamp = kind == AssetKind::Streetlight;
    const char *label = nullptr;
    switch (condition) {
    case AssetCondition::Fault:
        label = lamp ? QT_TRANSLATE_NOOP("vigie::symbology", "Out of order")
                     : QT_TRANSLATE_NOOP("vigie::symbology", "Incident (lid, fire, moved…)");
        break;
    case AssetCondition::Full: label = QT_TRANSLATE_NOOP("vigie::symbology", "Full"); break;
    case AssetCondition::High: label = QT_TRANSLATE_NOOP("vigie::symbology", "Nearly full"); break;
    case AssetCondition::Silent: label = QT_TRANSLATE_NOOP("vigie::symbology", "Silent sensor"); break;
    case AssetCondition::LightOn: label = QT_TRANSLATE_NOOP("vigie::symbology", "Lit"); break;
    case AssetCondition::LightOff: label = QT_TRANSLATE_NOOP("vigie::symbology", "Switched off"); break;
    case AssetCondition::Normal:
        label = lamp ? QT_TRANSLATE_NOOP("vigie::symbology", "In service")
                     : QT_TRANSLATE_NOOP("vigie::symbology", "Below threshold");
        break;
    case AssetCondition::NoData: label = QT_TRANSLATE_NOOP("vigie::symbology", "No data yet"); break;
    }
    return label ? QCoreApplication::translate("vigie::symbology", label) : QString();
}

QString valueLabel(AssetKind kind, const QString &quantity, const QString &value)
{
    struct Entry { const char *quantity; const char *value; const char *label; };
    static const Entry lamp[] = {
        {"status", "ok", QT_TRANSLATE_NOOP("vigie::symbology", "In service")},
        {"status", "defectiveLamp", QT_TRANSLATE_NOOP("vigie::symbology", "Defective lamp")},
        {"status", "columnIssue", QT_TRANSLATE_NOOP("vigie::symbology", "Column problem")},
        {"status", "brokenLantern", QT_TRANSLATE_NOOP("vigie::symbology", "Broken lantern")},
        {"powerState", "on", QT_TRANSLATE_NOOP("vigie::symbology", "On")},
        {"powerState", "off", QT_TRANSLATE_NOOP("vigie::symbology", "Off")},
        {"powerState", "low", QT_TRANSLATE_NOOP("vigie::symbology", "Dimmed")},
        {"powerState", "bootingUp", QT_TRANSLATE_NOOP("vigie::symbology", "Starting up")},
    };
    static const Entry bin[] = {
        {"status", "ok", QT_TRANSLATE_NOOP("vigie::symbology", "OK")},
        {"status", "lidOpen", QT_TRANSLATE_NOOP("vigie::symbology", "Lid open")},
        {"status", "dropped", QT_TRANSLATE_NOOP("vigie::symbology", "Knocked over")},
        {"status", "moved", QT_TRANSLATE_NOOP("vigie::symbology", "Moved")},
        {"status", "vandalized", QT_TRANSLATE_NOOP("vigie::symbology", "Vandalised")},
        {"status", "burning", QT_TRANSLATE_NOOP("vigie::symbology", "On fire")},
        {"status", "unknown", QT_TRANSLATE_NOOP("vigie::symbology", "Unknown")},
    };
    const auto find = [&](const auto &table) -> QString {
        for (const Entry &e : table) {
            if (quantity == QLatin1String(e.quantity) && value == QLatin1String(e.value))
                return QCoreApplication::translate("vigie::symbology", e.label);
        }
        return value;
    };
    return kind == AssetKind::Streetlight ? find(lamp) : find(bin);
}

int markerSize(double resolution)
{
    if (resolution > 20)
        return 4;
    if (resolution > 6)
        return 6;
    if (resolution > 2)
        return 8;
    return 11;
}

bool isQuiet(AssetCondition condition)
{
    switch (condition) {
    case AssetCondition::Fault:
    case AssetCondition::Full:
    case AssetCondition::High:
    case AssetCondition::Silent:
        return false;
    default:
        return true;
    }
}

QImage marker(AssetCondition condition, int diameter, qreal devicePixelRatio)
{
    // Normal states stay small and outline-free at city scale so the abnormal ones stand out.
    const bool quiet = isQuiet(condition);
    const double d = quiet ? std::max(3, diameter - 1) : diameter + 3;
    const bool outlined = !quiet || diameter > 6;
    const int px = qCeil((d + 3) * devicePixelRatio);
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.5, 1.5, d, d);
    if (condition == AssetCondition::Silent) {
        // A hollow ring: nothing is known of it now.
        p.setPen(QPen(fillColor(condition), 2.0));
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(outlined ? QPen(outlineColor(condition), quiet ? 1.0 : 1.6) : QPen(Qt::NoPen));
        p.setBrush(fillColor(condition));
    }
    p.drawEllipse(r);
    return image;
}

QColor alarmMarkColor(AlarmMark mark)
{
    switch (mark) {
    case AlarmMark::Unhandled: return QColor(0xd7, 0x19, 0x1c);
    case AlarmMark::Handled: return QColor(0x4a, 0x6f, 0xa5);
    case AlarmMark::None: break;
    }
    return Qt::transparent;
}

QImage alarmMark(AlarmMark mark, int diameter, qreal devicePixelRatio)
{
    if (mark == AlarmMark::None)
        return {};
    const bool unhandled = mark == AlarmMark::Unhandled;
    // Larger than the biggest condition marker (diameter + 3) so the asset's own colour
    // stays visible inside.
    const double side = unhandled ? diameter * 1.6 + 12 : diameter + 8;
    const double pad = unhandled ? 4 : 2;
    const int px = qCeil((side + 2 * pad) * devicePixelRatio);
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    const double c = side / 2 + pad;
    if (unhandled) {
        // Warning triangle, apex up, its centroid on the asset; white halo under the red.
        const double h = side * 0.95;
        QPolygonF triangle;
        triangle << QPointF(c, c - h * 2 / 3) << QPointF(c + side / 2, c + h / 3) << QPointF(c - side / 2, c + h / 3);
        p.setPen(QPen(QColor(255, 255, 255, 230), 5.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolygon(triangle);
        p.setPen(QPen(alarmMarkColor(mark), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolygon(triangle);
    } else {
        p.setPen(QPen(alarmMarkColor(mark), 1.3));
        p.drawRect(QRectF(c - side / 2, c - side / 2, side, side));
    }
    return image;
}

QString alarmMarkLabel(AlarmMark mark)
{
    switch (mark) {
    case AlarmMark::Unhandled: return QCoreApplication::translate("vigie::symbology", "Alarm, not handled yet");
    case AlarmMark::Handled: return QCoreApplication::translate("vigie::symbology", "Alarm handled (intervention, shelved, suppressed)");
    case AlarmMark::None: break;
    }
    return {};
}

QColor background() { return QColor(0xf3, 0xf0, 0xe9); }

} // namespace vigie::symbology
