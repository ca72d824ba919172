// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/outbox.h"
#include "offline-cache/sqlitedb.h"
#include "tests/unit/offline-cache/outboxtestutil.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::test;

// What an attacker with the disk (or a stolen SD card) sees, and what happens when the file is
// edited behind the outbox's back.
class tst_OutboxSecurity : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;

    std::unique_ptr<Outbox> open()
    {
        OutboxOptions o;
        o.dataDir = m_dir->path();
        o.clock = m_clock.fn();
        o.freeBytes = [](const QString &) { return qint64(1) << 40; };
        return std::move(Outbox::open(o).value());
    }
    std::unique_ptr<sqlite::Database> raw()
    {
        auto db = sqlite::Database::open(m_dir->filePath(QStringLiteral("outbox.sqlite")));
        (void)db.value()->exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        return std::move(db.value());
    }
    QStringList databaseFiles() const
    {
        QStringList files;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString path =
                m_dir->filePath(QStringLiteral("outbox.sqlite") + QLatin1String(suffix));
            if (QFile::exists(path))
                files << path;
        }
        return files;
    }
    static bool fileContains(const QString &path, const QByteArray &needle)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QByteArray bytes = f.readAll();
        // Also the UTF-16 form, in case anything ever stored text as QString bytes.
        const QString text = QString::fromUtf8(needle);
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        return bytes.contains(needle) || bytes.contains(utf16);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qunsetenv("CREDENTIALS_DIRECTORY");
    }

    void noPlaintextInDatabaseWalOrShm()
    {
        const QList<QByteArray> markers {"ZEBRA-MARKER-7731", "Ynys Môn 42", "marker@example.org"};
        auto outbox = open();
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i) {
            const QByteArray marker = markers[i % markers.size()];
            ids << outbox
                       ->enqueue(item(QStringLiteral("CK-M-%1").arg(i), QStringLiteral("council"),
                                      QString::fromUtf8(marker)))
                       ->id;
        }
        // Every state: delivered rows lose their payload, rejected ones keep it (sealed).
        QCOMPARE(outbox->claimDue(m_clock.now, 20)->size(), 20);
        for (int i = 0; i < 10; ++i)
            QVERIFY(outbox->markDelivered(ids[i], QStringLiteral("SR")).ok());
        for (int i = 10; i < 15; ++i)
            QVERIFY(outbox->markRejected(ids[i], QStringLiteral("HTTP 422")).ok());
        for (int i = 15; i < 20; ++i)
            QVERIFY(outbox->markRetry(ids[i], QStringLiteral("HTTP 503"), m_clock.now).ok());

        // While open: the WAL holds the recent pages.
        const QStringList files = databaseFiles();
        QVERIFY2(files.size() == 3, qPrintable(files.join(QLatin1Char(' '))));
        for (const QString &file : files)
            for (const QByteArray &marker : markers)
                QVERIFY2(!fileContains(file, marker),
                         qPrintable(file + QStringLiteral(" holds ") + QString::fromUtf8(marker)));

        // And the decrypted content is really what was stored (the test is not vacuous).
        QVERIFY(outbox->decryptPayload(ids[12])->view().contains(markers[0]));

        outbox.reset(); // checkpoint into the main file
        for (const QString &file : databaseFiles())
            for (const QByteArray &marker : markers)
                QVERIFY(!fileContains(file, marker));
        // Nothing else in the data dir holds it either (keys/, quarantine/).
        QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            for (const QByteArray &marker : markers)
                QVERIFY2(!fileContains(file, marker), qPrintable(file));
        }
    }

    void tamperedCiphertextNonceOrTagIsRefused_data()
    {
        QTest::addColumn<int>("offset"); // negative: from the end
        QTest::newRow("nonce first byte") << 0;
        QTest::newRow("nonce last byte") << 11;
        QTest::newRow("ciphertext") << 20;
        QTest::newRow("tag") << -1;
    }
    void tamperedCiphertextNonceOrTagIsRefused()
    {
        QFETCH(int, offset);
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-TAMPER")))->id;
        auto db = raw();
        auto sel = db->prepare(QStringLiteral("SELECT payload FROM outbox WHERE id = ?"));
        sel->bind(1, id);
        QVERIFY(sel->step().value());
        QByteArray blob = sel->blob(0);
        sel->reset();
        const qsizetype at = offset >= 0 ? offset : blob.size() + offset;
        blob[at] = char(blob[at] ^ 0x80);
        auto upd = db->prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
        upd->bind(1, blob).bind(2, id);
        QVERIFY(upd->exec().ok());
        auto payload = outbox->decryptPayload(id);
        QVERIFY(!payload.ok());
        QCOMPARE(payload.error().code, QStringLiteral("crypto-auth"));
    }

    void tamperedWrappedKeyIsRefused()
    {
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-WK")))->id;
        QVERIFY(
            raw()
                ->exec(QStringLiteral("UPDATE outbox SET wrapped_key = zeroblob(60) WHERE id = %1")
                           .arg(id))
                .ok());
        QCOMPARE(outbox->decryptPayload(id).error().code, QStringLiteral("crypto-auth"));
    }

    // The associated data (reference + idempotency key + service id) binds content to its row.
    void swappedRowsAreRefused()
    {
        auto outbox = open();
        const qint64 a = outbox->enqueue(item(QStringLiteral("CK-A")))->id;
        const qint64 b = outbox->enqueue(item(QStringLiteral("CK-B")))->id;
        auto db = raw();
        // Swap ciphertext and wrapped key together, as someone moving one citizen's request
        // under another reference would. From a copy: an UPDATE reading its own table sees the
        // rows it has already changed.
        QVERIFY(
            db->exec(QStringLiteral(
                         "CREATE TEMP TABLE o2 AS SELECT id, payload, wrapped_key FROM outbox;"
                         "UPDATE outbox SET (payload, wrapped_key) = (SELECT payload, wrapped_key "
                         "FROM o2 WHERE o2.id = CASE outbox.id WHEN %1 THEN %2 ELSE %1 END) "
                         "WHERE id IN (%1, %2);")
                         .arg(a)
                         .arg(b))
                .ok());
        QCOMPARE(outbox->decryptPayload(a).error().code, QStringLiteral("crypto-auth"));
        QCOMPARE(outbox->decryptPayload(b).error().code, QStringLiteral("crypto-auth"));
    }

    void changedReferenceOrServiceIsRefused_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("reference") << QStringLiteral("reference") << QStringLiteral("CK-OTHER");
        QTest::newRow("idempotency key") << QStringLiteral("idempotency_key")
                                         << QStringLiteral("00000000-0000-4000-8000-000000000000");
        QTest::newRow("service") << QStringLiteral("service_id") << QStringLiteral("pothole");
    }
    void changedReferenceOrServiceIsRefused()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-AAD")))->id;
        auto upd =
            raw()->prepare(QStringLiteral("UPDATE outbox SET %1 = ? WHERE id = ?").arg(column));
        upd->bind(1, value).bind(2, id);
        QVERIFY(upd->exec().ok());
        QCOMPARE(outbox->decryptPayload(id).error().code, QStringLiteral("crypto-auth"));
    }

    void rowFromAnotherKeyIsRecognised()
    {
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-K")))->id;
        QVERIFY(raw()->exec(QStringLiteral("UPDATE outbox SET key_id = 'feedfeedfeedfeed'")).ok());
        QCOMPARE(outbox->decryptPayload(id).error().code, QStringLiteral("key-mismatch"));
    }

    void anotherKioskKeyCannotRead()
    {
        qint64 id = 0;
        {
            auto outbox = open();
            id = outbox->enqueue(item(QStringLiteral("CK-KK")))->id;
        }
        // Replace the key file (keeping the database): nothing decrypts, nothing crashes.
        QFile key(m_dir->filePath(QStringLiteral("keys/kiosk.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(QByteArray(32, '\x07'));
        key.close();
        auto outbox = open();
        QCOMPARE(outbox->decryptPayload(id).error().code, QStringLiteral("key-mismatch"));
        QVERIFY(raw()
                    ->exec(QStringLiteral("UPDATE outbox SET key_id = '%1'").arg(outbox->keyId()))
                    .ok());
        QCOMPARE(outbox->decryptPayload(id).error().code, QStringLiteral("crypto-auth"));
    }

    // The first scenario, at its root: an outbox whose key is out of reach (a staff
    // shell without the systemd credential) must not get a new key, which would strand every
    // row in it.
    void existingOutboxWithoutItsKeyIsAnErrorNotANewKey()
    {
        qint64 id = 0;
        QString keyId;
        {
            auto outbox = open();
            id = outbox->enqueue(item(QStringLiteral("CK-KEYLESS")))->id;
            keyId = outbox->keyId();
        }
        const QString key = m_dir->filePath(QStringLiteral("keys/kiosk.key"));
        QVERIFY(QFile::rename(key, m_dir->filePath(QStringLiteral("elsewhere.key"))));
        OutboxOptions o;
        o.dataDir = m_dir->path();
        o.freeBytes = [](const QString &) { return qint64(1) << 40; };
        o.key.plainFile = QStringLiteral("/nonexistent/civic-kiosk-outbox.key");
        auto refused = Outbox::open(o);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("key-missing"));
        QVERIFY2(refused.error().message.contains(key), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(o.key.plainFile));
        QVERIFY(!QFileInfo::exists(key));
        // The right key in the place the config names: everything opens again.
        o.key.plainFile = m_dir->filePath(QStringLiteral("elsewhere.key"));
        auto opened = Outbox::open(o);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->keyId(), keyId);
        QVERIFY(opened.value()->decryptPayload(id).ok());
        QVERIFY(!QFileInfo::exists(key));
    }

    // Delivery shreds the key and the ciphertext in SQL; the bytes must leave the files too:
    // the WAL keeps the pre-delete pages until a checkpoint, and the engine checkpoints (TRUNCATE)
    // when it goes idle (Outbox::checkpointShredded), not only on close.
    void deliveryLeavesNoCiphertextOrKeyOnDisk()
    {
        auto outbox = open();
        QList<qint64> kept;
        for (int i = 0; i < 5; ++i)
            kept << outbox->enqueue(item(QStringLiteral("CK-STAY-%1").arg(i)))->id;
        const QByteArray marker("DELIVERED-MARKER-8842");
        QList<QByteArray> needles {marker};
        QList<qint64> delivered;
        for (int i = 0; i < 3; ++i) {
            const qint64 id =
                outbox
                    ->enqueue(item(QStringLiteral("CK-SENT-%1").arg(i), QStringLiteral("council"),
                                   QString::fromLatin1(marker)))
                    ->id;
            delivered << id;
            auto db = raw();
            auto st =
                db->prepare(QStringLiteral("SELECT payload, wrapped_key FROM outbox WHERE id = ?"));
            st->bind(1, id);
            QVERIFY(st->step().value());
            needles << st->blob(0).left(48) << st->blob(0).right(48) << st->blob(1).left(48)
                    << st->blob(1).right(48);
        }
        bool seenBefore = false;
        for (const QString &file : databaseFiles())
            for (const QByteArray &needle : needles.mid(1))
                seenBefore = seenBefore || fileContains(file, needle);
        QVERIFY(seenBefore); // not vacuous: the ciphertext is in the files before delivery

        // Delivered in separate rounds within a second, as a drain does: the later rounds are
        // not checkpointed on their own...
        QCOMPARE(outbox->claimDue(m_clock.now, 100)->size(), kept.size() + delivered.size());
        for (qint64 id : delivered)
            QVERIFY(outbox->markDelivered(id, QStringLiteral("SR")).ok());
        // ... the engine's idle checkpoint removes the last copies, while the outbox stays open.
        outbox->checkpointShredded();
        for (const QString &file : databaseFiles())
            for (const QByteArray &needle : std::as_const(needles))
                QVERIFY2(!fileContains(file, needle), qPrintable(file));
        for (qint64 k : kept)
            QVERIFY(outbox->decryptPayload(k).ok());
    }

    void discardLeavesNoCiphertextOrKeyOnDisk()
    {
        auto outbox = open();
        // Enough rows around it that the discarded one shares pages with others that stay.
        QList<qint64> kept;
        for (int i = 0; i < 5; ++i)
            kept << outbox->enqueue(item(QStringLiteral("CK-KEEP-%1").arg(i)))->id;
        const QByteArray marker("DISCARD-MARKER-5519");
        const qint64 id = outbox
                              ->enqueue(item(QStringLiteral("CK-GONE"), QStringLiteral("council"),
                                             QString::fromLatin1(marker)))
                              ->id;
        QByteArray sealed, wrapped;
        {
            auto db = raw();
            auto st =
                db->prepare(QStringLiteral("SELECT payload, wrapped_key FROM outbox WHERE id = ?"));
            st->bind(1, id);
            QVERIFY(st->step().value());
            sealed = st->blob(0);
            wrapped = st->blob(1);
        }
        QVERIFY(sealed.size() > 32 && wrapped.size() > 32);
        // The test can see them before the discard (it is not vacuous): in the WAL right now.
        bool seenBefore = false;
        for (const QString &file : databaseFiles())
            seenBefore = seenBefore || fileContains(file, sealed.left(48))
                || fileContains(file, wrapped.left(48));
        QVERIFY(seenBefore);

        QVERIFY(outbox->discardQueued(id).ok());
        // While the outbox is open (nothing checkpointed on close yet) and after closing it.
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &file : databaseFiles()) {
                for (const QByteArray &needle : {sealed.left(48), sealed.right(48),
                                                 wrapped.left(48), wrapped.right(48), marker})
                    QVERIFY2(!fileContains(file, needle),
                             qPrintable(QStringLiteral("%1 pass %2").arg(file).arg(pass)));
            }
            outbox.reset();
        }
        // The others are untouched.
        outbox = open();
        for (qint64 k : kept)
            QVERIFY(outbox->decryptPayload(k).ok());
    }

    void deliveryShredsTheKeyAndCiphertext()
    {
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-SHRED")))->id;
        auto db = raw();
        QCOMPARE(
            db->scalarInt(QStringLiteral("SELECT wrapped_key IS NOT NULL FROM outbox WHERE id = %1")
                              .arg(id))
                .value(),
            qint64(1));
        QCOMPARE(outbox->claimDue(m_clock.now, 1)->size(), 1);
        QVERIFY(outbox->markDelivered(id, QStringLiteral("SR-1")).ok());
        QCOMPARE(
            db->scalarInt(QStringLiteral("SELECT wrapped_key IS NOT NULL FROM outbox WHERE id = %1")
                              .arg(id))
                .value(),
            qint64(0));
        QCOMPARE(db->scalarInt(
                       QStringLiteral("SELECT payload IS NULL FROM outbox WHERE id = %1").arg(id))
                     .value(),
                 qint64(1));
        // The receipt survives the purge of the content.
        QCOMPARE(outbox->receipt(QStringLiteral("CK-SHRED"))->serverReference,
                 QStringLiteral("SR-1"));
    }
};

QTEST_GUILESS_MAIN(tst_OutboxSecurity)
#include "tst_outboxsecurity.moc"
