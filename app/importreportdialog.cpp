#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {

ImportReportDialog::ImportReportDialog(const CityPack &pack, const QVector<ImportIssue> &issues, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import report — %1").arg(pack.name));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(issues.isEmpty() ? tr("Every feature of every layer was imported.")
                                      : tr("%n feature(s) could not be used and were skipped. The rest of the city was imported.", nullptr, int(issues.size())));
    layout->addWidget(summary);
    auto *table = new QTableWidget(int(issues.size()), 4, this);
    table->setHorizontalHeaderLabels({tr("Layer"), tr("Feature"), tr("Id"), tr("Reason")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < issues.size(); ++i) {
        const ImportIssue &is = issues.at(i);
        table->setItem(i, 0, new QTableWidgetItem(is.layerId));
        table->setItem(i, 1, new QTableWidgetItem(is.fid < 0 ? tr("whole layer") : QString::number(is.fid)));
        table->setItem(i, 2, new QTableWidgetItem(is.ref));
        table->setItem(i, 3, new QTableWidgetItem(is.reason));
    }
    layout->addWidget(table, 1);
    auto *attribution = new QLabel(tr("Data: %1. Details in %2/ATTRIBUTION.md.").arg(pack.attribution, pack.directory), this);
    attribution->setWordWrap(true);
    attribution->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(attribution);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace vigie
