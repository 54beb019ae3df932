#include "liverecording.h"

#include "recording/sessionrecorder.h"
#include "recording/sessionrecording.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcLiveRecording, "vigie.app.recording")

namespace vigie {

LiveRecording::LiveRecording(const QString &cityId, const QString &operatorName, const QTimeZone &zone,
                             IngestService *ingest, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_operatorName(operatorName)
{
    SessionRecorderOptions options;
    options.folder = folder.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absoluteFilePath(QStringLiteral("sessions"))
        : folder;
    options.cityId = cityId;
    options.metadata = QJsonObject{{QStringLiteral("operator"), operatorName},
                                   {QStringLiteral("vigieVersion"), QCoreApplication::applicationVersion()}};
    options.timeZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_recorder = std::make_unique<SessionRecorder>(options);
    connect(m_recorder.get(), &SessionRecorder::writeFailed, this, [this](const QString &, const QString &message) {
        emit failed(tr("Session recording: %1").arg(message));
    });
    m_recording = std::make_unique<SessionRecording>(m_recorder.get(), SessionRecordingOptions{cityId, 5 * 60'000, {}});
    if (ingest)
        m_recording->attachIngest(ingest);
}

LiveRecording::~LiveRecording()
{
    m_recording.reset();
    if (Status s = m_recorder->stop(); !s)
        qCWarning(lcLiveRecording).noquote() << "session not closed cleanly:" << s.error().message;
}

void LiveRecording::attach(AlarmService *alarms, InterventionService *interventions)
{
    if (alarms)
        m_recording->attachAlarms(alarms);
    if (interventions)
        m_recording->attachInterventions(interventions);
    if (Status s = m_recorder->start(); !s) {
        qCWarning(lcLiveRecording).noquote() << "not recording:" << s.error().message;
        emit failed(tr("Session recording is off: %1").arg(s.error().message));
        return;
    }
    m_recording->start();
    qCInfo(lcLiveRecording).noquote() << "recording to" << m_recorder->stats().currentPath;
}

void LiveRecording::recordSettingsChange(const QString &setting, const QJsonObject &detail)
{
    if (detail.isEmpty())
        return; // accepted without a change
    if (!m_recording->recordAction(m_operatorName, QStringLiteral("settingsChange"), QStringLiteral("setting"), setting, detail))
        qCWarning(lcLiveRecording).noquote() << "settings change not recorded:" << setting;
}

} // namespace vigie
