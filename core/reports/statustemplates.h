#pragma once

#include "domain/result.h"
#include "reporttypes.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

/// \file
/// \brief The short messages residents read in `status_notes`, per state and language.

namespace vigie {

/// \brief Editable French and English templates of `status_notes`, one per ReportState.
///
/// Placeholders: `{service}` (service name), `{address}` (the report's address or "—"),
/// `{date}` (local date, yyyy-MM-dd), `{reason}` (the intervention's blocked reason or
/// note, plain text). The defaults are both languages at once, not tr() strings: they are
/// data sent to residents in the language of each report, whatever the operator's locale.
/// Value type; any thread.
class StatusTemplates
{
public:
    /// The built-in French and English texts.
    static StatusTemplates defaults();
    /// Reads a JSON file `{"fr": {"resolved": "…", …}, "en": {…}}`; states or languages it
    /// leaves out keep their default. Errors: `templatesUnreadable`, `templatesSyntax`,
    /// `templatesInvalid` (unknown language or state key).
    static Result<StatusTemplates> load(const QString &path);
    /// Writes every template as load() reads it. Errors: `templatesWrite`.
    Status save(const QString &path) const;
    /// Every template as load() reads it: {"fr": {"<state key>": "…"}, "en": {…}}.
    QJsonObject toJson() const;

    QString text(ReportState state, const QString &lang) const;
    void setText(ReportState state, const QString &lang, const QString &text);

    /// The template of `state` in `lang` (falling back to French), placeholders filled.
    /// The result is plain text, at most 500 characters.
    QString render(ReportState state, const QString &lang, const QString &service,
                   const QString &address, const QString &date, const QString &reason = {}) const;

private:
    QHash<QString, QString> m_texts; // "<lang>/<stateKey>"
};

} // namespace vigie
