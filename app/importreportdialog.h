#pragma once

#include "city/importedcity.h"

#include <QDialog>

namespace vigie {

/// \brief Lists the features the importer skipped, with their layer, id and reason, and
/// the source and licence of the city's data.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const CityPack &pack, const QVector<ImportIssue> &issues, QWidget *parent = nullptr);
};

} // namespace vigie
