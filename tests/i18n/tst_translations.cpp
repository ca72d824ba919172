// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/kiosktranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Every catalogue is complete, matches the code, and is really translated: no unfinished or
// empty entry, nothing in the code that a catalogue lacks, the same placeholders on both sides,
// and no sentence merely copied from English into Welsh, Polish or Arabic.
namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList translations; // one per plural form, or one
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue parse(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open %1").arg(path);
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                cat.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Message {};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source" && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"comment" && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == u"unfinished";
                current.obsolete = type == u"obsolete" || type == u"vanished";
                if (!current.numerus)
                    current.translations.append(
                        xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == u"numerusform" && inMessage) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            cat.messages.append(current);
        }
    }
    if (xml.hasError())
        cat.error =
            QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return cat;
}

// Words of two or more letters: "%1: %2: %3" has none, "Enter a date" has three.
int wordCount(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\b\\p{L}{2,}\\b"));
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(CK_SOURCE_DIR "/translations/civickiosk_%1.ts").arg(lang);
}

QStringList languages()
{
    return QStringLiteral(CK_I18N_LANGUAGES).split(u',');
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The code's strings, as lupdate sees them today, in a scratch catalogue.
        QVERIFY(m_dir.isValid());
        const QString scratch = m_dir.filePath(QStringLiteral("code.ts"));
        QStringList args = QStringLiteral(CK_I18N_DIRS).split(u',');
        // Includes are written from the source root; lupdate follows them to find namespaces.
        args << QStringLiteral("-I") << QStringLiteral(CK_SOURCE_DIR)
             << QStringLiteral("-extensions") << QStringLiteral("cpp,h,qml")
             << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-silent")
             << QStringLiteral("-ts") << scratch;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CK_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CK_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const Catalogue code = parse(scratch);
        QVERIFY2(code.error.isEmpty(), qPrintable(code.error));
        for (const Message &m : code.messages)
            m_code.insert(m.key());
        QVERIFY2(m_code.size() > 50, "lupdate found almost no strings: wrong source folders?");
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : languages())
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void catalogue()
    {
        QFETCH(QString, language);
        const Catalogue cat = parse(tsPath(language));
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QCOMPARE(cat.language, language);

        QStringList problems;
        QSet<QString> present;
        for (const Message &m : cat.messages) {
            if (m.obsolete)
                continue;
            present.insert(m.key());
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (m.unfinished)
                problems << QStringLiteral("unfinished: ") + where;
            if (m.translations.isEmpty())
                problems << QStringLiteral("no translation: ") + where;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: ") + where;
                    break;
                }
                // Placeholders must survive translation, or the app shows "%1" or drops data.
                QSet<QString> want = placeholders(m.source);
                QSet<QString> got = placeholders(t);
                if (m.numerus) {
                    // A plural form may spell the number out ("one second") instead of %n.
                    want.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (want != got) {
                    problems << QStringLiteral("placeholders differ: ") + where
                            + QStringLiteral(" -> ") + t;
                    break;
                }
            }
            // A whole English sentence left as it is in cy/pl/ar is an untranslated string.
            if (language != u"en" && !m.translations.isEmpty() && m.translations.first() == m.source
                && wordCount(m.source) >= 3) {
                problems << QStringLiteral("copied from English: ") + where;
            }
        }
        for (const QString &key : std::as_const(m_code)) {
            if (!present.contains(key)) {
                const QStringList parts = key.split(u'\x1f');
                problems << QStringLiteral("missing from catalogue (run translations/update.sh): ")
                        + parts.value(0) + QStringLiteral(": \"") + parts.value(1) + u'"';
            }
        }
        qInfo("%s: %lld messages, %lld from the code, %d problems", qPrintable(language),
              qlonglong(cat.messages.size()), qlonglong(m_code.size()), int(problems.size()));
        for (const QString &p : std::as_const(problems).first(qMin(problems.size(), 40)))
            qWarning("%s", qPrintable(p));
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 problems in %2").arg(problems.size()).arg(tsPath(language))));
    }

    void compiledIntoResources()
    {
        QStringList want = languages();
        want.sort();
        QCOMPARE(ck::KioskTranslator::availableLanguages(), want);
        QVERIFY(ck::KioskTranslator::isRightToLeft(QStringLiteral("ar")));
        QVERIFY(!ck::KioskTranslator::isRightToLeft(QStringLiteral("cy")));
    }

    void switchesAtRunTime()
    {
        // A string every screen shows, translated differently in each language.
        const char *context = "ck::ReadAloud";
        const char *source = "The choices are:";
        ck::KioskTranslator translator(nullptr);
        QSet<QString> seen;
        for (const QString &lang : languages()) {
            QVERIFY2(translator.setLanguage(lang).ok(), qPrintable(lang));
            QCOMPARE(translator.language(), lang);
            seen.insert(QCoreApplication::translate(context, source));
        }
        QCOMPARE(seen.size(), languages().size());
        QVERIFY(!translator.setLanguage(QStringLiteral("xx")).ok());
        // A failed switch leaves the previous language in place.
        QCOMPARE(translator.language(), languages().constLast());
    }

private:
    QTemporaryDir m_dir;
    QSet<QString> m_code;
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
