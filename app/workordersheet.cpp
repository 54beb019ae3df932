#include "workordersheet.h"

#include "interventiondialog.h"
#include "interventionmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <atomic>

namespace vigie {

namespace {

const char *kCtx = "vigie::WorkOrderSheet";
QString tr(const char *text) { return QCoreApplication::translate(kCtx, text); }

QString dateTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

/// The page's text block (HTML built from escaped plain text only).
QString pageHtml(const WorkOrderPage &p)
{
    const Intervention &i = p.intervention;
    QString h = QStringLiteral("<h2>%1</h2>").arg(tr("Work order #%1").arg(i.id).toHtmlEscaped());
    h += QStringLiteral("<table cellspacing=4>");
    auto row = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Service"), InterventionModel::kindText(i.kind));
    row(tr("Status"), InterventionModel::statusText(i.status));
    row(tr("Crew"), p.crewName.isEmpty() ? tr("not assigned") : p.crewName);
    row(tr("Place"), i.location);
    if (i.hasLocation())
        row(tr("Position (WGS 84)"), QStringLiteral("%1, %2").arg(i.lat, 0, 'f', 6).arg(i.lon, 0, 'f', 6));
    row(tr("Due"), dateTime(i.dueAtMs));
    row(tr("Priority score"), QLocale().toString(i.score, 'f', 0));
    row(tr("Version"), QString::number(i.version));
    h += QStringLiteral("</table><h3>%1</h3><p>%2</p>")
             .arg(tr("Instructions").toHtmlEscaped(), i.description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    h += QStringLiteral("<h3>%1 (%2)</h3><ul>").arg(tr("Assets").toHtmlEscaped()).arg(p.assetLines.size());
    constexpr int kMaxLines = 14;
    for (int k = 0; k < p.assetLines.size() && k < kMaxLines; ++k)
        h += QStringLiteral("<li>%1</li>").arg(p.assetLines.at(k).toHtmlEscaped());
    if (p.assetLines.size() > kMaxLines)
        h += QStringLiteral("<li>%1</li>").arg(tr("… and %1 more").arg(p.assetLines.size() - kMaxLines).toHtmlEscaped());
    h += QStringLiteral("</ul>");
    return h;
}

void drawMap(QPainter &painter, const WorkOrderPage &p, const QRectF &target)
{
    if (p.renderers.empty() || !p.map.isValid())
        return;
    QImage image(p.map.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf4, 0xf1, 0xea));
    {
        QPainter ip(&image);
        ip.setRenderHint(QPainter::Antialiasing);
        const std::atomic<bool> cancel{false};
        for (const auto &r : p.renderers) {
            ip.save();
            r->render(ip, p.map, cancel);
            ip.restore();
        }
        // The job's place: a cross-hair at the centre.
        const QPointF c(image.width() / 2.0, image.height() / 2.0);
        ip.setPen(QPen(QColor(0x4b, 0x2e, 0x83), 3));
        ip.setBrush(Qt::NoBrush);
        ip.drawEllipse(c, 14, 14);
        ip.drawLine(c - QPointF(22, 0), c - QPointF(8, 0));
        ip.drawLine(c + QPointF(8, 0), c + QPointF(22, 0));
        ip.drawLine(c - QPointF(0, 22), c - QPointF(0, 8));
        ip.drawLine(c + QPointF(0, 8), c + QPointF(0, 22));
    }
    painter.drawImage(target, image);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
}

void drawSignatures(QPainter &painter, const QRectF &area)
{
    const double w = (area.width() - 20) / 2;
    const QStringList labels{tr("Crew: name, date and signature"), tr("Supervisor: name, date and signature")};
    for (int k = 0; k < 2; ++k) {
        const QRectF box(area.left() + k * (w + 20), area.top(), w, area.height());
        painter.drawRect(box);
        painter.drawText(box.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft, labels.at(k));
    }
}

void drawPage(QPainter &painter, const QRectF &page, const WorkOrderPage &p)
{
    const QRectF mapArea(page.left(), page.top(), page.width(), page.height() * 0.38);
    drawMap(painter, p, mapArea);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setHtml(pageHtml(p));
    doc.setTextWidth(page.width());
    const double textTop = mapArea.bottom() + page.height() * 0.02;
    const double signatureHeight = page.height() * 0.11;
    const double notesHeight = page.height() * 0.10;
    const double textHeight = page.bottom() - signatureHeight - notesHeight - textTop - page.height() * 0.02;
    painter.save();
    painter.translate(page.left(), textTop);
    doc.drawContents(&painter, QRectF(0, 0, page.width(), textHeight));
    painter.restore();
    const QRectF notes(page.left(), page.bottom() - signatureHeight - notesHeight - page.height() * 0.01, page.width(), notesHeight);
    painter.drawRect(notes);
    painter.drawText(notes.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft, tr("Notes from the field"));
    drawSignatures(painter, QRectF(page.left(), page.bottom() - signatureHeight, page.width(), signatureHeight));
}

void drawCover(QPainter &painter, const QRectF &page, const QString &title, const std::vector<WorkOrderPage> &pages)
{
    QString h = QStringLiteral("<h1>%1</h1><p>%2</p><table cellspacing=6><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                    .arg(title.toHtmlEscaped(), tr("Printed %1").arg(dateTime(QDateTime::currentMSecsSinceEpoch())).toHtmlEscaped(),
                         tr("No.").toHtmlEscaped(), tr("Service").toHtmlEscaped(), tr("Place").toHtmlEscaped(), tr("Due").toHtmlEscaped());
    for (const WorkOrderPage &p : pages) {
        const Intervention &i = p.intervention;
        h += QStringLiteral("<tr><td>#%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(i.id)
                 .arg(InterventionModel::kindText(i.kind).toHtmlEscaped(), i.location.toHtmlEscaped(), dateTime(i.dueAtMs).toHtmlEscaped());
    }
    h += QStringLiteral("</table>");
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    doc.setHtml(h);
    doc.setTextWidth(page.width());
    painter.save();
    painter.translate(page.topLeft());
    doc.drawContents(&painter, QRectF(0, 0, page.width(), page.height()));
    painter.restore();
}

} // namespace

WorkOrderPage prepareWorkOrderPage(const Intervention &intervention, const QString &crewName, const QStringList &assetLines,
                                   const QList<MapLayer *> &layers, QPointF centerMercator, double widthM)
{
    WorkOrderPage page;
    page.intervention = intervention;
    page.crewName = crewName;
    page.assetLines = assetLines;
    const QSize size(1400, 800);
    // EPSG:3857 metres are stretched by 1/cos(latitude): scale the extract to true metres.
    const double lat = intervention.hasLocation() ? intervention.lat : 45.0;
    const double mercatorWidth = widthM / std::cos(lat * M_PI / 180.0);
    page.map = MapSettings(centerMercator, mercatorWidth / size.width(), size);
    for (MapLayer *layer : layers) {
        if (layer && layer->isVisible())
            page.renderers.push_back(std::shared_ptr<LayerRenderer>(layer->createRenderer(page.map).release()));
    }
    return page;
}

Result<int> writeWorkOrderSheets(const QString &path, const std::vector<WorkOrderPage> &pages, const QString &dayTitle)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(dayTitle.isEmpty() && !pages.empty() ? tr("Work order #%1").arg(pages.front().intervention.id) : dayTitle);
    writer.setCreator(QStringLiteral("Vigie"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("pdfWrite"), QStringLiteral("%1 cannot be written").arg(path)};
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    int count = 0;
    if (!dayTitle.isEmpty()) {
        drawCover(painter, page, dayTitle, pages);
        ++count;
    }
    for (const WorkOrderPage &p : pages) {
        if (count > 0)
            writer.newPage();
        drawPage(painter, page, p);
        ++count;
    }
    if (!painter.end())
        return Error{QStringLiteral("pdfWrite"), QStringLiteral("%1 could not be finished").arg(path)};
    if (QFile(path).size() == 0)
        return Error{QStringLiteral("pdfWrite"), QStringLiteral("%1 is empty").arg(path)};
    return count;
}

} // namespace vigie
