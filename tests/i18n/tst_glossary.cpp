// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tests/i18n/i18ntestdata.h"

#include <QSet>
#include <QTest>

// One word for each thing in every language, and one style: every catalogue message and every
// service file text is checked against translations/glossary.json. A translation that uses
// another word for "council" or "form", a "please", a Welsh literary negative among the spoken
// ones, a capitalised Polish "Twój" mid-sentence, a masculine Arabic verb in a helper text or an
// Arabic-Indic digit fails here, with the message and the rule it broke.
using namespace i18ntest;

namespace {

struct Rule
{
    QRegularExpression re;
    QString why;
    bool midSentence = false;
};

QList<Rule> rules(const QJsonObject &byLanguage, const QString &lang)
{
    QList<Rule> out;
    for (const QJsonValue &v : byLanguage.value(lang).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({regex(o.value(QLatin1String("pattern")).toString()),
                    o.value(QLatin1String("why")).toString(),
                    o.value(QLatin1String("midSentence")).toBool()});
    }
    return out;
}

// The rule's match, or an empty string. Mid-sentence rules ignore a match that starts the text
// or a sentence.
QString broken(const Rule &rule, const QString &text)
{
    for (auto it = rule.re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (rule.midSentence) {
            static const QRegularExpression sentenceEnd(QStringLiteral("[.!?:]\\s*$"));
            const QString before = text.left(m.capturedStart()).trimmed();
            if (before.isEmpty() || sentenceEnd.match(before).hasMatch())
                continue;
        }
        return m.captured();
    }
    return {};
}

struct Term
{
    QString name;
    QRegularExpression en;
    QHash<QString, QList<QRegularExpression>> use;
    QHash<QString, QList<QRegularExpression>> avoid;
};

QList<Term> terms(const QJsonObject &g)
{
    QList<Term> out;
    for (const QJsonValue &v : g.value(QLatin1String("terms")).toArray()) {
        const QJsonObject o = v.toObject();
        Term t;
        t.name = o.value(QLatin1String("term")).toString();
        t.en = regex(o.value(QLatin1String("en")).toString());
        for (const QString &lang : kioskLanguages()) {
            for (const QJsonValue &p : o.value(lang).toArray())
                t.use[lang].append(regex(p.toString()));
            for (const QJsonValue &p :
                 o.value(QLatin1String("avoid")).toObject().value(lang).toArray())
                t.avoid[lang].append(regex(p.toString()));
        }
        out.append(t);
    }
    return out;
}

bool anyMatch(const QList<QRegularExpression> &list, const QString &text)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

} // namespace

class tst_Glossary : public QObject
{
    Q_OBJECT

private:
    // Every rule for one text in `lang`; `english` is its source (for the term rules).
    void check(const QString &where, const QString &lang, const QString &english,
               const QStringList &texts, bool citizen, bool helper, QStringList &problems)
    {
        QList<Rule> all = rules(m_glossary.value(QLatin1String("style")).toObject(), lang);
        if (citizen)
            all += rules(m_glossary.value(QLatin1String("citizenStyle")).toObject(), lang);
        if (helper)
            all += rules(m_glossary.value(QLatin1String("helperStyle")).toObject(), lang);
        for (const QString &text : texts) {
            for (const Rule &rule : std::as_const(all)) {
                const QString hit = broken(rule, text);
                if (!hit.isEmpty())
                    problems << QStringLiteral("%1 [%2]: \"%3\" in \"%4\": %5")
                                    .arg(where, lang, hit, text, rule.why);
            }
        }
        if (!citizen)
            return;
        for (const Term &term : std::as_const(m_terms)) {
            for (const QString &text : texts) {
                for (const QRegularExpression &re : term.avoid.value(lang)) {
                    const auto m = re.match(text);
                    if (m.hasMatch())
                        problems << QStringLiteral("%1 [%2]: \"%3\" is not the glossary word "
                                                   "for %4: \"%5\"")
                                        .arg(where, lang, m.captured(), term.name, text);
                }
            }
            if (lang == u"en" || !term.en.match(english).hasMatch())
                continue;
            // The last plural form is the general one (Arabic spells 0, 1 and 2 out).
            if (!texts.isEmpty() && !anyMatch(term.use.value(lang), texts.constLast())) {
                problems << QStringLiteral("%1 [%2]: \"%3\" should use the glossary word for "
                                           "%4: \"%5\"")
                                .arg(where, lang, english, term.name, texts.constLast());
            } else {
                m_used.insert(term.name + u'/' + lang);
            }
        }
    }

    static void report(const QStringList &problems)
    {
        for (const QString &p : problems.first(qMin(problems.size(), 200)))
            qWarning("%s", qPrintable(p));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_glossary = glossary();
        QVERIFY2(!m_glossary.isEmpty(), "translations/glossary.json is missing or not JSON");
        m_terms = terms(m_glossary);
        QVERIFY(m_terms.size() >= 8);
        for (const QJsonValue &v : m_glossary.value(QLatin1String("staffContexts")).toArray())
            m_staff.insert(v.toString());
        for (const QJsonValue &v : m_glossary.value(QLatin1String("helperContexts")).toArray())
            m_helper.insert(v.toString());
        // A rule that does not compile would silently check nothing.
        for (const Term &t : std::as_const(m_terms)) {
            QVERIFY2(t.en.isValid(), qPrintable(t.name));
            for (const QString &lang : kioskLanguages()) {
                for (const auto &re : t.use.value(lang) + t.avoid.value(lang))
                    QVERIFY2(re.isValid(), qPrintable(t.name + u' ' + re.pattern()));
            }
        }
        for (const char *key : {"style", "citizenStyle", "helperStyle"}) {
            const QJsonObject byLang = m_glossary.value(QLatin1String(key)).toObject();
            for (const QString &lang : byLang.keys()) {
                for (const Rule &r : rules(byLang, lang))
                    QVERIFY2(r.re.isValid(), qPrintable(r.re.pattern()));
            }
        }
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : kioskLanguages())
            QTest::newRow(qPrintable(lang)) << lang;
    }
    void catalogue()
    {
        QFETCH(QString, language);
        const Catalogue cat = parseCatalogue(tsPath(language));
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QStringList problems;
        for (const Message &m : cat.messages) {
            if (m.obsolete)
                continue;
            const bool citizen = !m_staff.contains(m.context);
            const bool helper = m_helper.contains(m.context);
            // English is checked on its sources: the .ts "translations" are copies of them.
            const QStringList texts = language == u"en" ? QStringList {m.source} : m.translations;
            check(m.where(), language, m.source, texts, citizen, helper, problems);
        }
        report(problems);
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 problems in %2").arg(problems.size()).arg(tsPath(language))));
    }

    // Service files follow the same glossary, in every language, and carry every language.
    void serviceFiles()
    {
        const QList<ServiceText> texts = serviceTexts();
        QVERIFY(texts.size() > 30);
        static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
        QStringList problems;
        for (const ServiceText &t : texts) {
            const QString english = t.texts.value(QLatin1String("en")).toString();
            for (const QString &lang : kioskLanguages()) {
                const QString text = t.texts.value(lang).toString();
                if (text.isEmpty()) {
                    problems << t.where() + QStringLiteral(": no %1 text").arg(lang);
                    continue;
                }
                if (text.contains(placeholder))
                    problems << t.where()
                            + QStringLiteral(" [%1]: a placeholder nothing fills: ").arg(lang)
                            + text;
                if (lang != u"en" && text == english)
                    problems << t.where() + QStringLiteral(" [%1]: copied from English").arg(lang);
                check(t.where(), lang, english, {text}, true, false, problems);
            }
        }
        report(problems);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
    }

    // Each term of the glossary is met somewhere in every translated language: a term nobody
    // uses, or a regular expression that never matches, is a glossary gone stale.
    void everyTermIsUsed()
    {
        QStringList unused;
        for (const Term &t : std::as_const(m_terms)) {
            for (const QString &lang :
                 {QStringLiteral("cy"), QStringLiteral("pl"), QStringLiteral("ar")}) {
                if (!m_used.contains(t.name + u'/' + lang))
                    unused << t.name + u'/' + lang;
            }
        }
        QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QStringLiteral(", "))));
    }

    // The rules themselves catch what they are for (so a typo in a pattern cannot pass).
    void rulesCatchTheReportedSlips()
    {
        QStringList problems;
        check(QStringLiteral("probe"), QStringLiteral("en"), QStringLiteral("Please try again"),
              {QStringLiteral("Please try again")}, true, false, problems);
        check(QStringLiteral("probe"), QStringLiteral("cy"),
              QStringLiteral("Comment on a planning application"),
              {QStringLiteral("Rhoi sylw ar gais cynllunio")}, true, false, problems);
        check(QStringLiteral("probe"), QStringLiteral("pl"), QStringLiteral("Your email address"),
              {QStringLiteral("Jaki jest Twój adres e-mail?")}, true, false, problems);
        check(QStringLiteral("probe"), QStringLiteral("ar"), QStringLiteral("Help from staff"),
              {QStringLiteral("هل تريد أن يساعدك الموظف؟")}, true, true, problems);
        check(QStringLiteral("probe"), QStringLiteral("ar"), QStringLiteral("Question 3"),
              {QStringLiteral("السؤال ٣")}, true, false, problems);
        check(QStringLiteral("probe"), QStringLiteral("cy"), QStringLiteral("Not sent"),
              {QStringLiteral("Nid yw eich enw'n cael ei anfon.")}, true, false, problems);
        QCOMPARE(problems.size(), 8); // Arabic: the verb, موظف, and no فريق العمل
        // A capital at the start of a sentence is fine.
        problems.clear();
        check(QStringLiteral("probe"), QStringLiteral("pl"), QStringLiteral("Your answer"),
              {QStringLiteral("Twoja odpowiedź. Twój numer: %1")}, true, false, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        m_used.clear(); // the probes above must not count as uses
    }

private:
    QJsonObject m_glossary;
    QList<Term> m_terms;
    QSet<QString> m_staff;
    QSet<QString> m_helper;
    QSet<QString> m_used;
};

QTEST_GUILESS_MAIN(tst_Glossary)
#include "tst_glossary.moc"
