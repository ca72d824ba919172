// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/sqlitedb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::sqlite;

class tst_SqliteDb : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> openDb(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db.ok())
            qFatal("open failed: %s", qPrintable(db.error().message));
        return std::move(db.value());
    }

private Q_SLOTS:
    void bindStepAndColumns()
    {
        auto db = openDb(QStringLiteral("a.sqlite"));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, b BLOB)")).ok());
        auto ins = db->prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
        QVERIFY(ins.ok());
        const QByteArray blob("\0\1\2binary", 9);
        QVERIFY(ins->bind(1, qint64(1) << 40)
                    .bind(2, QStringLiteral("héllo"))
                    .bind(3, blob)
                    .exec()
                    .ok());
        ins->reset();
        QVERIFY(ins->bind(1, 2).bind(2, QString()).bind(3, QByteArray()).exec().ok());
        QCOMPARE(db->lastInsertRowId(), qint64(2));

        auto sel = db->prepare(QStringLiteral("SELECT i, s, b FROM t ORDER BY rowid"));
        QVERIFY(sel.ok());
        auto r = sel->step();
        QVERIFY(r.ok() && r.value());
        QCOMPARE(sel->columnCount(), 3);
        QCOMPARE(sel->int64(0), qint64(1) << 40);
        QCOMPARE(sel->text(1), QStringLiteral("héllo"));
        QCOMPARE(sel->blob(2), blob);
        r = sel->step();
        QVERIFY(r.ok() && r.value());
        QVERIFY(sel->isNull(1));
        QVERIFY(sel->text(1).isNull());
        QVERIFY(sel->blob(2).isNull());
        r = sel->step();
        QVERIFY(r.ok() && !r.value());
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM t")).value(), qint64(2));
    }

    void executeQueryOneAndAllBindInOrder()
    {
        auto db = openDb(QStringLiteral("h.sqlite"));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, b BLOB)")).ok());
        const QByteArray blob("\0\1blob", 6);
        auto n = db->execute(QStringLiteral("INSERT INTO t VALUES (?, ?, ?), (?, ?, ?)"),
                             qint64(1) << 40, QStringLiteral("a"), blob, 2, QString(), nullptr);
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 2); // rows changed
        n = db->execute(QStringLiteral("UPDATE t SET s = ?2 WHERE i = ?1"), 2, QStringLiteral("b"));
        QCOMPARE(n.value(), 1);
        QCOMPARE(db->execute(QStringLiteral("DELETE FROM t WHERE i = ?"), 99).value(), 0);

        const auto text = [](const Statement &st) { return st.text(0); };
        auto one = db->queryOne(QStringLiteral("SELECT s FROM t WHERE i = ?"), text, 2);
        QVERIFY(one.ok() && one->has_value());
        QCOMPARE(**one, QStringLiteral("b"));
        one = db->queryOne(QStringLiteral("SELECT s FROM t WHERE i = ?"), text, 3);
        QVERIFY(one.ok() && !one->has_value());

        auto all =
            db->queryAll(QStringLiteral("SELECT i, b FROM t ORDER BY i"),
                         [](const Statement &st) { return qMakePair(st.int64(0), st.blob(1)); });
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).first, qint64(2));
        QVERIFY(all->at(0).second.isNull());
        QCOMPARE(all->at(1), qMakePair(qint64(1) << 40, blob));

        // A prepared statement run again and again starts clean each time.
        auto ins = db->prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)"));
        QVERIFY(ins.ok());
        for (int i = 10; i < 13; ++i)
            QVERIFY(ins->run(i, QStringLiteral("r%1").arg(i)).ok());
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM t WHERE s LIKE 'r%'")).value(),
                 qint64(3));

        // Errors come back as values with the stable codes, from every helper.
        QCOMPARE(db->execute(QStringLiteral("INSERT INTO nope VALUES (?)"), 1).error().code,
                 QStringLiteral("db-error"));
        QCOMPARE(db->queryOne(QStringLiteral("SELECT x FROM nope"), text).error().code,
                 QStringLiteral("db-error"));
        QVERIFY(db->exec(QStringLiteral("CREATE UNIQUE INDEX t_i ON t (i)")).ok());
        QCOMPARE(ins->run(10, QStringLiteral("again")).error().code,
                 QStringLiteral("db-constraint"));
        QVERIFY(ins->run(20, QStringLiteral("after an error")).ok());
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = openDb(QStringLiteral("b.sqlite"));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (i INTEGER)")).ok());
        {
            Transaction tx(*db);
            QVERIFY(tx.begun().ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        }
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM t")).value(), qint64(0));
        {
            Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            QVERIFY(tx.commit().ok());
            QCOMPARE(tx.commit().error().code, QStringLiteral("db-error"));
        }
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM t")).value(), qint64(1));
    }

    void errorsMapToStableCodes()
    {
        auto db = openDb(QStringLiteral("c.sqlite"));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (i INTEGER UNIQUE)")).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        QCOMPARE(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).error().code,
                 QStringLiteral("db-constraint"));
        QCOMPARE(db->prepare(QStringLiteral("SELEC nonsense")).error().code,
                 QStringLiteral("db-error"));
        auto bad = db->prepare(QStringLiteral("SELECT ?"));
        QVERIFY(bad.ok());
        bad->bind(5, 1); // out of range: reported by step(), not silently ignored
        QVERIFY(!bad->step().ok());
        QCOMPARE(Database::errorFor(13, QString()).code, QStringLiteral("disk-full"));
    }

    void notADatabaseIsCorruption()
    {
        const QString path = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(db.ok()); // SQLite opens lazily
        auto v = db.value()->scalarInt(QStringLiteral("PRAGMA user_version"));
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, QStringLiteral("db-corrupt"));
    }

    void missingFileWithoutCreate()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("absent.sqlite")),
                                 Database::Mode::ReadWrite);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("db-readonly"));
    }
};

QTEST_GUILESS_MAIN(tst_SqliteDb)
#include "tst_sqlitedb.moc"
