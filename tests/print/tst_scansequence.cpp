// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/scansequence.h"
#include "print/settingscard.h"

#include <QTest>

using namespace ck;
using Action = ScanSequence::Action;

class tst_ScanSequence : public QObject
{
    Q_OBJECT

    // Feeds `text` a key every `gapMs` from `start`; returns the actions.
    static QList<Action> feed(ScanSequence &s, const QString &text, qint64 start, qint64 gapMs)
    {
        QList<Action> out;
        qint64 t = start;
        for (const QChar c : text) {
            out.append(s.key(QString(c), false, t));
            t += gapMs;
        }
        return out;
    }

private Q_SLOTS:
    void scannerCodeIsTaken()
    {
        ScanSequence s;
        SettingsCard card;
        card.language = QStringLiteral("cy");
        const QString code = card.code();
        const QList<Action> actions = feed(s, code, 1000, 4);
        for (const Action a : actions)
            QCOMPARE(a, Action::Hold); // nothing reaches the screen
        QCOMPARE(s.key(QString(), true, 1000 + 4 * code.size()), Action::Complete);
        QCOMPARE(s.code(), code);
        QVERIFY(!s.holding());
    }

    void withoutEnterTheGapEndsIt()
    {
        ScanSequence s;
        const QString code = SettingsCard().code();
        feed(s, code, 0, 3);
        QCOMPARE(s.idle(), Action::Complete);
        QCOMPARE(s.code(), code);
    }

    void personTypingIsGivenBack()
    {
        ScanSequence s;
        // "K" then a pause: the held K goes back to the field.
        QCOMPARE(s.key(QStringLiteral("K"), false, 0), Action::Hold);
        QCOMPARE(s.key(QStringLiteral("i"), false, 150), Action::Replay);
        QVERIFY(!s.holding());
        // The caller feeds "i" again: not the start of a code.
        QCOMPARE(s.key(QStringLiteral("i"), false, 150), Action::PassThrough);
        // A fast typist's "Kings": the second letter cannot continue a code.
        QCOMPARE(s.key(QStringLiteral("K"), false, 1000), Action::Hold);
        QCOMPARE(s.key(QStringLiteral("i"), false, 1010), Action::Replay);
        // Other keys are never held.
        QCOMPARE(s.key(QStringLiteral("a"), false, 2000), Action::PassThrough);
        QCOMPARE(s.key(QString(), true, 2001), Action::PassThrough);
    }

    void halfACodeIsGivenBack()
    {
        ScanSequence s;
        feed(s, QStringLiteral("KS1-CY"), 0, 3);
        QVERIFY(s.holding());
        QCOMPARE(s.idle(), Action::Replay); // the gap: it was not a whole code
        feed(s, QStringLiteral("KS1-CY"), 100, 3);
        QCOMPARE(s.key(QString(), true, 120), Action::Replay); // Enter too early
    }
};

QTEST_GUILESS_MAIN(tst_ScanSequence)
#include "tst_scansequence.moc"
