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

QColor background() { return QColor(0xf3, 0xf0, 0xe9); }

} // namespace vigie::symbology
