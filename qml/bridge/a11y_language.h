#pragma once

#include "a11y_translator.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace ck {

// Puts KioskTranslator in QML's hands: Main.qml declares
//   KioskLanguage { language: appState.language }
// and every qsTr() follows the session language, with no wiring in C++. The swap is queued to
// the event loop because retranslate() re-evaluates bindings and must not run inside one.
class KioskLanguage : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString appliedLanguage READ appliedLanguage NOTIFY appliedChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY appliedChanged)

public:
    explicit KioskLanguage(QObject *parent = nullptr);
    ~KioskLanguage() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    // The language whose catalogue is installed now (lags `language` by one event-loop turn).
    QString appliedLanguage() const { return m_translator ? m_translator->language() : QString(); }
    bool rightToLeft() const { return KioskTranslator::isRightToLeft(appliedLanguage()); }

    void classBegin() override { }
    void componentComplete() override;

signals:
    void languageChanged();
    void appliedChanged();

private:
    void apply();

    QString m_language;
    std::unique_ptr<KioskTranslator> m_translator;
    bool m_complete = false;
    bool m_queued = false;
};

} // namespace ck
