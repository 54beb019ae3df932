#include "settingschange.h"

#include <QJsonValue>
#include <QSet>

namespace vigie {

namespace {

void flatten(const QJsonObject &object, const QString &prefix, QJsonObject *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), name, out);
        else
            out->insert(name, it.value());
    }
}

} // namespace

QJsonObject settingsChange(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject from;
    QJsonObject to;
    flatten(before, {}, &from);
    flatten(after, {}, &to);
    QJsonObject change;
    const auto record = [&](const QString &field) {
        const QJsonValue a = from.value(field);
        const QJsonValue b = to.value(field);
        if (a != b)
            change.insert(field, QJsonObject{{QStringLiteral("from"), a.isUndefined() ? QJsonValue() : a},
                                             {QStringLiteral("to"), b.isUndefined() ? QJsonValue() : b}});
    };
    for (auto it = to.begin(); it != to.end(); ++it)
        record(it.key());
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key()))
            record(it.key());
    }
    return change;
}

} // namespace vigie
