#include "alarmservice.h"

#include "domain/assetkind.h"
#include "domain/quantity.h"
#include "domain/settingschange.h"

#include <QJsonArray>
#include <QMap>

#include <optional>

// The rules a fresh store starts with, rationalised as ISA-18.2 §10 asks: each has a
// priority from the consequence of not acting and the time available to act, a
// consequence and the operator's response.
//
// The consequence and response texts are data, not user-interface strings: they are
// stored in SQLite with the rule and edited by the city's alarm manager in the rule
// dialog, so they are written once, in French (the operators' language), and not passed
// through tr(). The default set is a starting point to rationalise locally.

namespace vigie {

namespace {

constexpr qint64 kMinute = 60 * 1000;

AlarmRule rule(const char *key, AlarmRuleKind kind, AssetKind assetKind, AlarmPriority priority,
               const char *consequence, const char *response)
{
    AlarmRule r;
    r.key = QString::fromLatin1(key);
    r.kind = kind;
    r.assetKind = assetKind;
    r.priority = priority;
    r.consequence = QString::fromUtf8(consequence);
    r.response = QString::fromUtf8(response);
    return r;
}

AlarmRule commLoss(const char *key, AssetKind assetKind, const char *consequence, const char *response)
{
    AlarmRule r = rule(key, AlarmRuleKind::CommunicationLoss, assetKind, AlarmPriority::Medium, consequence, response);
    r.periodFactor = 3;
    return r;
}

AlarmRule invalidReadings(const char *key, AssetKind assetKind)
{
    AlarmRule r = rule(key, AlarmRuleKind::InvalidReadings, assetKind, AlarmPriority::Low,
                       "Le capteur envoie des valeurs impossibles : les décisions prises sur ses mesures "
                       "(collecte, maintenance) sont faussées.",
                       "Créer une intervention pour contrôler ou recalibrer le capteur ; ne pas se fier à "
                       "ses valeurs d'ici là.");
    r.count = 3;
    r.windowMs = 60 * kMinute;
    return r;
}

} // namespace

AlarmRules coordinationAlarmRules()
{
    // One alarm per works zone, the lamps' own alarms suppressed by design: the operator
    // deals with one cause, not with each dark lamp.
    return {rule(kCableCutRuleKey, AlarmRuleKind::Coordination, AssetKind::Streetlight, AlarmPriority::High,
                 "Plusieurs candélabres se sont éteints autour d'un chantier peu après son début : un câble "
                 "d'éclairage a probablement été coupé ; la rue reste dans le noir et le câble peut être sous "
                 "tension à l'air libre.",
                 "Prévenir le maître d'ouvrage du chantier et le service éclairage ; créer une intervention "
                 "unique pour le chantier plutôt qu'une par candélabre.")};
}

AlarmRules defaultAlarmRules()
{
    AlarmRules rules;

    AlarmRule full = rule("container.full", AlarmRuleKind::Threshold, AssetKind::WasteContainer, AlarmPriority::High,
                          "Le conteneur va déborder : dépôts au sol, nuisances pour les riverains, "
                          "risque sanitaire par forte chaleur.",
                          "Ajouter le conteneur à la tournée de collecte du jour ; si la tournée est passée, "
                          "demander une collecte ponctuelle au prestataire.");
    full.quantity = quantity::fillingLevel;
    full.setpoint = 0.8;
    full.deadband = 0.1; // cleared below 0.7
    full.high = true;
    full.onDelayMs = 10 * kMinute;
    rules.append(full);

    // The header's "container.status" is split in two keys because a burning container and
    // an overturned one do not have the same priority.
    AlarmRule fire = rule("container.fire", AlarmRuleKind::StateCode, AssetKind::WasteContainer, AlarmPriority::Urgent,
                          "Incendie de conteneur : propagation possible aux véhicules et aux façades, "
                          "fumées toxiques.",
                          "Appeler les pompiers (18 ou 112) en donnant l'adresse du conteneur, puis "
                          "prévenir le service propreté.");
    fire.quantity = quantity::status;
    fire.codes = {QStringLiteral("burning")};
    rules.append(fire);

    AlarmRule status = rule("container.status", AlarmRuleKind::StateCode, AssetKind::WasteContainer, AlarmPriority::Medium,
                            "Conteneur renversé ou dégradé : déchets sur la voie publique, gêne ou danger "
                            "pour la circulation.",
                            "Envoyer une équipe relever ou remplacer le conteneur et nettoyer les abords.");
    status.quantity = quantity::status;
    status.codes = {QStringLiteral("dropped"), QStringLiteral("vandalized")};
    rules.append(status);

    AlarmRule fault = rule("light.fault", AlarmRuleKind::StateCode, AssetKind::Streetlight, AlarmPriority::Medium,
                           "Rue mal éclairée : risque pour les piétons et la circulation ; un mât endommagé "
                           "peut tomber.",
                           "Créer une intervention de maintenance de l'éclairage ; si le mât est endommagé "
                           "(columnIssue), faire sécuriser le périmètre.");
    fault.quantity = quantity::status;
    fault.codes = {QStringLiteral("defectiveLamp"), QStringLiteral("columnIssue"), QStringLiteral("brokenLantern")};
    rules.append(fault);

    AlarmRule dayNight = rule("light.dayNight", AlarmRuleKind::DayNight, AssetKind::Streetlight, AlarmPriority::Low,
                              "Lampe allumée en plein jour (énergie perdue) ou éteinte la nuit (rue dans le noir).",
                              "Vérifier l'horloge astronomique ou la cellule de l'armoire de commande ; "
                              "commander l'allumage ou l'extinction à distance, sinon créer une intervention.");
    dayNight.quantity = quantity::powerState;
    dayNight.onDelayMs = 10 * kMinute; // a lamp switching late is not worth an alarm
    rules.append(dayNight);

    rules.append(commLoss("light.commLoss", AssetKind::Streetlight,
                          "L'état de la lampe n'est plus connu : une panne passerait inaperçue.",
                          "Vérifier la passerelle ou l'armoire de commande du secteur ; si des équipements "
                          "voisins sont muets aussi, traiter une panne de réseau ou d'alimentation."));
    rules.append(commLoss("container.commLoss", AssetKind::WasteContainer,
                          "Le remplissage du conteneur n'est plus suivi : il peut déborder sans alerte.",
                          "Faire vérifier le capteur (pile, antenne) au prochain passage ; si plusieurs "
                          "capteurs du secteur sont muets, vérifier la passerelle LoRaWAN."));

    // Streetlights are mains-powered: only the containers' fill sensors report a battery.
    AlarmRule battery = rule("container.batteryLow", AlarmRuleKind::BatteryLow, AssetKind::WasteContainer, AlarmPriority::Low,
                             "Le capteur va cesser d'émettre : le remplissage ne sera plus suivi.",
                             "Planifier le remplacement de la pile lors d'une prochaine tournée.");
    battery.quantity = quantity::batteryLevel;
    battery.setpoint = 0.15;
    battery.deadband = 0.05;
    rules.append(battery);

    AlarmRule emptied = rule("container.emptiedOutsideRound", AlarmRuleKind::RateOfChange, AssetKind::WasteContainer,
                             AlarmPriority::Low,
                             "Vidage hors tournée : collecte non déclarée, contenu volé ou capteur déplacé ; "
                             "les statistiques de remplissage sont faussées.",
                             "Vérifier auprès du prestataire de collecte si un passage a eu lieu ; sinon faire "
                             "contrôler le conteneur et son capteur.");
    emptied.quantity = quantity::fillingLevel;
    emptied.setpoint = 0.4;
    emptied.high = false; // a drop
    emptied.windowMs = 30 * kMinute;
    rules.append(emptied);

    rules.append(invalidReadings("light.invalidReadings", AssetKind::Streetlight));
    rules.append(invalidReadings("container.invalidReadings", AssetKind::WasteContainer));
    rules += coordinationAlarmRules();
    return rules;
}

} // namespace vigie

namespace vigie {

namespace {

QJsonObject ruleJson(const AlarmRule &r)
{
    QJsonObject o{{QStringLiteral("kind"), alarmRuleKindKey(r.kind)},
                  {QStringLiteral("quantity"), r.quantity},
                  {QStringLiteral("setpoint"), r.setpoint},
                  {QStringLiteral("deadband"), r.deadband},
                  {QStringLiteral("high"), r.high},
                  {QStringLiteral("onDelayMs"), double(r.onDelayMs)},
                  {QStringLiteral("offDelayMs"), double(r.offDelayMs)},
                  {QStringLiteral("codes"), QJsonArray::fromStringList(r.codes)},
                  {QStringLiteral("periodFactor"), r.periodFactor},
                  {QStringLiteral("count"), r.count},
                  {QStringLiteral("windowMs"), double(r.windowMs)},
                  {QStringLiteral("priority"), alarmPriorityKey(r.priority)},
                  {QStringLiteral("consequence"), r.consequence},
                  {QStringLiteral("response"), r.response},
                  {QStringLiteral("enabled"), r.enabled}};
    return o;
}

// Every field, for replay: ruleJson() plus what identifies the rule.
QJsonObject fullRuleJson(const AlarmRule &r)
{
    QJsonObject o = ruleJson(r);
    o.insert(QStringLiteral("id"), double(r.id));
    o.insert(QStringLiteral("key"), r.key);
    o.insert(QStringLiteral("assetKind"), assetKindName(r.assetKind));
    o.insert(QStringLiteral("assetId"), r.assetId);
    return o;
}

std::optional<AlarmRule> ruleFromJson(const QJsonObject &o)
{
    AlarmRule r;
    r.id = qint64(o.value(QStringLiteral("id")).toDouble());
    r.key = o.value(QStringLiteral("key")).toString();
    if (r.key.isEmpty() || !alarmRuleKindFromKey(o.value(QStringLiteral("kind")).toString(), &r.kind)
        || !assetKindFromName(o.value(QStringLiteral("assetKind")).toString(), &r.assetKind)
        || !alarmPriorityFromKey(o.value(QStringLiteral("priority")).toString(), &r.priority))
        return std::nullopt;
    r.assetId = o.value(QStringLiteral("assetId")).toString();
    r.quantity = o.value(QStringLiteral("quantity")).toString();
    r.setpoint = o.value(QStringLiteral("setpoint")).toDouble();
    r.deadband = o.value(QStringLiteral("deadband")).toDouble();
    r.high = o.value(QStringLiteral("high")).toBool(true);
    r.onDelayMs = qint64(o.value(QStringLiteral("onDelayMs")).toDouble());
    r.offDelayMs = qint64(o.value(QStringLiteral("offDelayMs")).toDouble());
    for (const QJsonValue &code : o.value(QStringLiteral("codes")).toArray())
        r.codes << code.toString();
    r.periodFactor = o.value(QStringLiteral("periodFactor")).toDouble(3);
    r.count = o.value(QStringLiteral("count")).toInt(3);
    r.windowMs = qint64(o.value(QStringLiteral("windowMs")).toDouble());
    r.consequence = o.value(QStringLiteral("consequence")).toString();
    r.response = o.value(QStringLiteral("response")).toString();
    r.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    return r;
}

QString ruleName(const AlarmRule &r)
{
    return r.assetId.isEmpty() ? r.key : r.key + QLatin1Char('@') + r.assetId;
}

} // namespace

QJsonObject alarmRulesChange(const AlarmRules &before, const AlarmRules &after)
{
    QMap<QString, QJsonObject> old;
    for (const AlarmRule &r : before)
        old.insert(ruleName(r), ruleJson(r));
    QJsonObject changed;
    QJsonArray added;
    for (const AlarmRule &r : after) {
        const QString name = ruleName(r);
        const QJsonObject now = ruleJson(r);
        const auto it = old.constFind(name);
        if (it == old.constEnd()) {
            added.append(name);
            continue;
        }
        const QJsonObject fields = settingsChange(*it, now);
        if (!fields.isEmpty())
            changed.insert(name, fields);
        old.remove(name);
    }
    QJsonObject out;
    if (!changed.isEmpty())
        out.insert(QStringLiteral("changed"), changed);
    if (!added.isEmpty())
        out.insert(QStringLiteral("added"), added);
    if (!old.isEmpty())
        out.insert(QStringLiteral("removed"), QJsonArray::fromStringList(old.keys()));
    if (!out.isEmpty()) {
        QJsonArray inForce;
        for (const AlarmRule &r : after)
            inForce.append(fullRuleJson(r));
        out.insert(QStringLiteral("inForce"), inForce);
    }
    return out;
}

Result<AlarmRules> alarmRulesInForce(const QJsonObject &change)
{
    const QJsonValue list = change.value(QStringLiteral("inForce"));
    if (!list.isArray())
        return Error{QStringLiteral("noRulesInForce"), QStringLiteral("The rules change does not list the rules in force.")};
    AlarmRules rules;
    for (const QJsonValue &v : list.toArray()) {
        std::optional<AlarmRule> r = ruleFromJson(v.toObject());
        if (!r)
            return Error{QStringLiteral("badRule"), QStringLiteral("Rule %1 of the rules in force cannot be read.").arg(rules.size() + 1)};
        rules.append(*r);
    }
    return rules;
}

} // namespace vigie
