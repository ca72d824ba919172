#include "a11y_language.h"

#include <QMetaObject>
#include <QQmlEngine>

namespace ck {

KioskLanguage::KioskLanguage(QObject *parent)
    : QObject(parent)
{ }

KioskLanguage::~KioskLanguage() = default;

void KioskLanguage::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    emit languageChanged();
    if (m_complete && !m_queued) {
        m_queued = true;
        QMetaObject::invokeMethod(this, &KioskLanguage::apply, Qt::QueuedConnection);
    }
}

void KioskLanguage::componentComplete()
{
    m_complete = true;
    m_translator = std::make_unique<KioskTranslator>(qmlEngine(this));
    if (!m_language.isEmpty() && !m_queued) {
        m_queued = true;
        QMetaObject::invokeMethod(this, &KioskLanguage::apply, Qt::QueuedConnection);
    }
}

void KioskLanguage::apply()
{
    m_queued = false;
    if (!m_translator || m_language.isEmpty() || m_language == m_translator->language())
        return;
    m_translator->switchTo(m_language);
    emit appliedChanged();
}

} // namespace ck
