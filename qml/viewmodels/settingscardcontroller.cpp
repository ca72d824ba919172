// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/settingscardcontroller.h"

#include "a11y/kiosktranslator.h"
#include "print/qrcode.h"
#include "print/receiptprinter.h"
#include "print/receiptrenderer.h"
#include "print/settingscard.h"
#include "qml/viewmodels/appstate.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettingsCard, "ck.ui.settingscard")

namespace ck {

SettingsCardController::SettingsCardController(AppState *state, ReceiptPrinter *printer,
                                               QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_printer(printer)
{
    m_clock.start();
    m_gap.setSingleShot(true);
    m_gap.setInterval(int(ScanSequence::kMaxGapMs));
    connect(&m_gap, &QTimer::timeout, this, [this] {
        switch (m_scan.idle()) {
        case ScanSequence::Action::Complete:
            m_held.clear();
            applyCode(m_scan.code());
            break;
        case ScanSequence::Action::Replay:
            replayHeld();
            break;
        default:
            break;
        }
    });
    if (m_printer) {
        connect(
            m_printer, &ReceiptPrinter::finished, this,
            [this](int ticket, ReceiptPrinter::Outcome outcome) {
                if (ticket != m_ticket)
                    return;
                static const char *const names[] = {"printed", "outOfPaper", "offline", "failed"};
                setPrintStatus(QString::fromLatin1(names[int(outcome)]));
            });
    }
}

SettingsCardController::~SettingsCardController()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

void SettingsCardController::watch(QWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window)
        window->installEventFilter(this);
}

bool SettingsCardController::printerConfigured() const
{
    return m_printer && m_printer->enabled();
}

void SettingsCardController::setMoreTime(bool on)
{
    if (on == m_moreTime)
        return;
    m_moreTime = on;
    Q_EMIT moreTimeChanged();
}

bool SettingsCardController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || watched != m_window)
        return false;
    if (event->type() == QEvent::KeyRelease) {
        if (m_releasesToSwallow > 0 && !static_cast<QKeyEvent *>(event)->isAutoRepeat()) {
            --m_releasesToSwallow;
            return true;
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool plain =
        !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const QString text = plain ? key->text() : QString();
    switch (m_scan.key(text, enter, m_clock.elapsed())) {
    case ScanSequence::Action::PassThrough:
        return false;
    case ScanSequence::Action::Hold:
        m_held.push_back(std::make_unique<QKeyEvent>(key->type(), key->key(), key->modifiers(),
                                                     key->text(), key->isAutoRepeat(),
                                                     key->count()));
        ++m_releasesToSwallow;
        m_gap.start();
        return true;
    case ScanSequence::Action::Complete:
        m_gap.stop();
        m_held.clear();
        ++m_releasesToSwallow; // the Enter's
        applyCode(m_scan.code());
        return true;
    case ScanSequence::Action::Replay:
        m_gap.stop();
        replayHeld();
        // This key starts afresh: it may be the first of a scan itself.
        return eventFilter(watched, event);
    }
    return false;
}

void SettingsCardController::replayHeld()
{
    // Not a scan: the screen gets every key a person typed, in order, presses with releases.
    auto held = std::move(m_held);
    m_held.clear();
    m_replaying = true;
    for (const auto &press : held) {
        if (!m_window)
            break;
        QKeyEvent p(QEvent::KeyPress, press->key(), press->modifiers(), press->text());
        QCoreApplication::sendEvent(m_window, &p);
        QKeyEvent r(QEvent::KeyRelease, press->key(), press->modifiers(), press->text());
        QCoreApplication::sendEvent(m_window, &r);
        if (m_releasesToSwallow > 0)
            --m_releasesToSwallow;
    }
    m_replaying = false;
}

bool SettingsCardController::applyCode(const QString &typed)
{
    QStringList languages;
    for (const QVariant &l : m_state->languages())
        languages.append(l.toMap().value(QStringLiteral("code"), l).toString());
    auto card = SettingsCard::parse(typed, languages);
    if (!card) {
        // Said in the session's language; the code itself is not logged (it is harmless, but
        // a person may have typed something else into the box).
        setError(KioskTranslator::translateIn(
            m_state->language(), "Receipt",
            "This settings code is not right. Check it and try again."));
        return false;
    }
    setError({});
    qCInfo(lcSettingsCard) << "settings card applied";
    m_state->setLanguage(card->language);
    setMoreTime(card->moreTime);
    ++m_appliedCount;
    Q_EMIT applied(card->textSize, card->highContrast, card->readAloud, card->speechRate);
    return true;
}

void SettingsCardController::makeCard(int textSize, bool highContrast, bool readAloud,
                                      int speechRate)
{
    SettingsCard card;
    card.language = m_state->language();
    card.textSize = qBound(0, textSize, 2);
    card.highContrast = highContrast;
    card.readAloud = readAloud;
    card.speechRate = qBound(0, speechRate, 2);
    card.moreTime = m_moreTime;
    m_cardCode = card.code();
    auto qr = QrCode::encode(m_cardCode.toUtf8());
    m_cardImage = qr ? qr->toDataUrl(10) : QString();
    setPrintStatus({});
    Q_EMIT cardChanged();
}

void SettingsCardController::printCard()
{
    if (!printerConfigured() || m_cardCode.isEmpty() || m_printStatus == u"printing")
        return;
    auto card = SettingsCard::parse(m_cardCode, {m_state->language()});
    if (!card)
        return;
    const QString language = m_state->language();
    auto pdf =
        ReceiptRenderer::settingsCardPdf(card.value(), [language](const char *c, const char *s) {
            return KioskTranslator::translateIn(language, c, s);
        });
    ++m_ticket;
    if (!pdf) {
        setPrintStatus(QStringLiteral("failed"));
        return;
    }
    setPrintStatus(QStringLiteral("printing"));
    m_printer->print(pdf.value(), QStringLiteral("civic-kiosk settings card"), m_ticket);
}

void SettingsCardController::open()
{
    setError({});
    m_state->setScreen(QStringLiteral("settingsCard"));
}

void SettingsCardController::close()
{
    m_state->showWelcome();
}

void SettingsCardController::reset()
{
    m_gap.stop();
    m_held.clear();
    (void)m_scan.idle();
    m_releasesToSwallow = 0;
    setMoreTime(false);
    setError({});
    setPrintStatus({});
    ++m_ticket;
    if (!m_cardCode.isEmpty()) {
        m_cardCode.clear();
        m_cardImage.clear();
        Q_EMIT cardChanged();
    }
}

void SettingsCardController::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}

void SettingsCardController::setPrintStatus(const QString &status)
{
    if (status == m_printStatus)
        return;
    m_printStatus = status;
    Q_EMIT printStatusChanged();
}

} // namespace ck
