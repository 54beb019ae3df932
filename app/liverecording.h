#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

#include <memory>

namespace vigie {

class AlarmService;
class IngestService;
class InterventionService;
class SessionRecorder;
class SessionRecording;

/// \brief Records the live city into session files (issue 7): `<data dir>/sessions/`,
/// one file per shift (06:00, 14:00, 22:00 local time), a keyframe every 5 minutes and
/// every 10 000 messages (at most one per 30 s).
///
/// Owned by MainWindow while a city is open live. Create it before IngestService::start()
/// (it installs the message tap), attach() once alarms and interventions run, destroy it
/// after ingest has stopped (the file is then closed with its index). GUI thread.
class LiveRecording : public QObject
{
    Q_OBJECT
public:
    /// `folder` empty: QStandardPaths::AppDataLocation + "/sessions".
    LiveRecording(const QString &cityId, const QString &operatorName, const QTimeZone &zone, IngestService *ingest,
                  const QString &folder = {}, QObject *parent = nullptr);
    ~LiveRecording() override;

    /// Connects the alarm and intervention services (either may be null) and starts
    /// recording. Failure to create the file is logged and shown in the status bar by the caller.
    void attach(AlarmService *alarms, InterventionService *interventions);
    /// Records an operator's settings change (OperatorAction "settingsChange", target kind
    /// "setting", target id `setting` such as "alarms/rules" or "broker"), as the operator
    /// named at construction. `detail`: what changed, never secrets; empty: nothing recorded.
    void recordSettingsChange(const QString &setting, const QJsonObject &detail);
    SessionRecorder *recorder() const { return m_recorder.get(); }
    SessionRecording *recording() const { return m_recording.get(); }

signals:
    /// Recording failed (cannot create the folder or a file, disk full); operator-facing.
    void failed(const QString &message);

private:
    QString m_operatorName;
    std::unique_ptr<SessionRecorder> m_recorder;
    std::unique_ptr<SessionRecording> m_recording;
};

} // namespace vigie
