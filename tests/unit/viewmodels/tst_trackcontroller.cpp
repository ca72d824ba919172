// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// TrackController on a real ReferenceLookup that asks a real civic-kiosk-intake on 127.0.0.1:
// the screen it opens and returns from, a typo refused in words, a sent form's status in words
// in the session language, and the wipe forgetting the answer.
#include "domain/flows/referencenumber.h"
#include "domain/helper/referencelookup.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/trackcontroller.h"
#include "tests/integration/common/intakeprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ck;
using namespace ck::testing;

class tst_TrackController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;

    ReferenceLookup::Options options()
    {
        ReferenceLookup::Options o;
        o.jsonApiBase = QUrl(m_server.url(QStringLiteral("/v1/")));
        o.open311Base = QUrl(m_server.url(QStringLiteral("/open311/v2/")));
        o.cacheFile = m_dir.filePath(QStringLiteral("tracking.json"));
        o.timeoutMs = 5000;
        return o;
    }

    QString postSubmission(quint64 counter)
    {
        const QString reference =
            ReferenceNumber::generate(QStringLiteral("test-kiosk"), counter, 1).format();
        const QJsonObject body {
            {QStringLiteral("schema"), 1},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("serviceId"), QStringLiteral("planning-comment")},
            {QStringLiteral("destination"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("planning")},
                          {QStringLiteral("serviceCode"), QStringLiteral("PLANNING_COMMENT")}}}};
        const HttpResult r =
            http(m_nam, "POST", m_server.url(QStringLiteral("/v1/submissions")),
                 QJsonDocument(body).toJson(),
                 {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        return r.status == 201 ? reference : QString();
    }

    static AppState *newState(QObject *parent)
    {
        return new AppState({QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                             QStringLiteral("ar")},
                            QStringLiteral("en"), parent);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("intake.sqlite"))),
                 m_server.stderrText().constData());
    }

    void opensAndReturns()
    {
        QObject owner;
        AppState *state = newState(&owner);
        ReferenceLookup lookup(options(), &m_nam);
        TrackController track(&lookup, state);
        state->showServices();
        track.open();
        QCOMPARE(state->screen(), TrackController::Screen);
        track.close();
        QCOMPARE(state->screen(), AppState::Services);
    }

    void refusesATypoInWords()
    {
        QObject owner;
        AppState *state = newState(&owner);
        ReferenceLookup lookup(options(), &m_nam);
        TrackController track(&lookup, state);
        QSignalSpy answered(&track, &TrackController::answered);
        QVERIFY(!track.lookup(QStringLiteral("my bin was not collected")));
        QVERIFY(!track.busy());
        QVERIFY2(track.error().contains(QStringLiteral("CK-")), qPrintable(track.error()));
        QCOMPARE(track.statusText(), QString());
        QCOMPARE(track.statusKind(), QString());
        QTest::qWait(50);
        QCOMPARE(answered.size(), 0);
        track.clear();
        QCOMPARE(track.error(), QString());
    }

    void answersInTheSessionLanguage()
    {
        const QString reference = postSubmission(61);
        QVERIFY(!reference.isEmpty());
        QObject owner;
        AppState *state = newState(&owner);
        ReferenceLookup lookup(options(), &m_nam);
        TrackController track(&lookup, state);
        QSignalSpy answered(&track, &TrackController::answered);
        QVERIFY(track.lookup(reference.toLower()));
        QVERIFY(track.busy());
        QVERIFY(answered.wait(15000));
        QVERIFY(!track.busy());
        QCOMPARE(track.reference(), reference);
        QCOMPARE(track.statusKind(), QStringLiteral("received"));
        QVERIFY2(track.statusText().startsWith(QStringLiteral("Received by the council on ")),
                 qPrintable(track.statusText()));
        QVERIFY(!track.fromCache());
        QCOMPARE(track.error(), QString());

        state->setLanguage(QStringLiteral("cy"));
        QVERIFY(track.lookup(reference));
        QVERIFY(answered.wait(15000));
        QVERIFY2(track.statusText().contains(
                     QLocale(QStringLiteral("cy")).monthName(QDate::currentDate().month())),
                 qPrintable(track.statusText()));

        track.wipe();
        QCOMPARE(track.reference(), QString());
        QCOMPARE(track.statusText(), QString());
        QCOMPARE(track.statusKind(), QString());
    }

    // A wipe while the answer is on its way: the answer never shows.
    void wipeDropsALookupInFlight()
    {
        const QString reference = postSubmission(62);
        QVERIFY(!reference.isEmpty());
        QObject owner;
        AppState *state = newState(&owner);
        ReferenceLookup lookup(options(), &m_nam);
        TrackController track(&lookup, state);
        QSignalSpy answered(&track, &TrackController::answered);
        QVERIFY(track.lookup(reference));
        track.wipe();
        QVERIFY(!track.busy());
        QVERIFY(!answered.wait(1000));
        QCOMPARE(track.statusText(), QString());
    }
};

QTEST_MAIN(tst_TrackController)
#include "tst_trackcontroller.moc"
