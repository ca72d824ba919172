// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/result.h"

#include <QtTest>

using ck::Result;

class tst_Result : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);

        auto bad = Result<int>::failure(QStringLiteral("disk-full"), QStringLiteral("Disk full"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("disk-full"));
        QCOMPARE(bad.error().message, QStringLiteral("Disk full"));
    }

    void voidStatus()
    {
        ck::Status s = ck::Status::success();
        QVERIFY(s.ok());
        ck::Status f = ck::Status::failure(QStringLiteral("x"), QStringLiteral("y"));
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, QStringLiteral("x"));
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
        QVERIFY(r.ok());
        std::unique_ptr<int> p = std::move(r).value();
        QCOMPARE(*p, 7);
    }
};

QTEST_APPLESS_MAIN(tst_Result)
#include "tst_result.moc"
