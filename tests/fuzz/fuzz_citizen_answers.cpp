// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// What a person at the kiosk types, and what staff key in from a paper form: hostile text
// (huge, control characters, right-to-left, emoji, SQL-looking, broken UTF-8) walks a whole
// session of the flow with every field type, through validation, branching, "Check your
// answers", the submission payload, and the reference lookup. Nothing may crash, and what
// validation accepts is clean: no control characters but newlines, and within the field's length.
#include "domain/flows/flowdefinition.h"
#include "domain/flows/flowsession.h"
#include "domain/flows/referencenumber.h"
#include "domain/flows/submissionbuilder.h"
#include "domain/flows/textcleaner.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const ck::FlowDefinition &everyFieldType()
{
    static const ck::FlowDefinition flow = [] {
        QFile file(QStringLiteral(CK_TEST_DATA_DIR "/flows/good/everything.json"));
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        auto parsed = ck::FlowDefinition::parse(file.readAll(), file.fileName());
        if (!parsed)
            std::abort();
        return parsed.value();
    }();
    return flow;
}

bool isClean(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            return false;
    }
    return true;
}

// A chunk of the input is an answer: JSON when it parses as a JSON value (lists for multiple
// choice, objects for an address), the text itself otherwise.
QJsonValue answerFrom(const QByteArray &chunk)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + chunk + "]");
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().first();
    return QString::fromUtf8(chunk);
}

} // namespace

CK_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(input);

    // The helpers the screens use while someone types.
    (void)ck::TextCleaner::clean(text, true);
    const QString oneLine = ck::TextCleaner::clean(text, false);
    CK_FUZZ_ASSERT(isClean(oneLine) && !oneLine.contains(QLatin1Char('\n')));
    if (const auto postcode = ck::TextCleaner::postcode(text))
        CK_FUZZ_ASSERT(postcode->size() <= 8);
    (void)ck::TextCleaner::phone(text);
    // Tracking: a typed reference either parses into one that prints back the same way, or not.
    if (const auto ref = ck::ReferenceNumber::parse(text))
        CK_FUZZ_ASSERT(bool(ck::ReferenceNumber::parse(ref->toString())));

    // A session: one answer per page, separated by 0x1e, in a language picked by the first byte.
    const ck::FlowDefinition &flow = everyFieldType();
    static const QStringList languages {QStringLiteral("en"), QStringLiteral("cy"),
                                        QStringLiteral("pl"), QStringLiteral("ar")};
    ck::FlowSession session;
    session.start(flow, languages.at(size > 0 ? data[0] % languages.size() : 0));
    const QList<QByteArray> answers = input.split('\x1e');
    for (int step = 0; step < answers.size() && step < 40 && !session.isOnSummary(); ++step) {
        const QString page = session.currentPageId();
        const auto stored = session.setAnswer(page, answerFrom(answers.at(step)));
        if (stored && stored->isString()) {
            const ck::FlowPage *definition = flow.page(page);
            CK_FUZZ_ASSERT(isClean(stored->toString()));
            const auto type = definition->field.type;
            if (type == ck::FieldType::Text || type == ck::FieldType::LongText)
                CK_FUZZ_ASSERT(stored->toString().toUcs4().size()
                               <= definition->field.effectiveMaxLength());
        }
        if (!session.next() && answers.size() > step + 1 && answers.at(step + 1).isEmpty())
            session.back(); // an empty chunk after a refused answer steps back instead
    }
    (void)session.summary();
    (void)session.validateAll();
    (void)session.progress();
    const auto item = ck::SubmissionBuilder::build(session, QStringLiteral("KIOSK-TEST"),
                                                   ck::AssistInfo {}, QDateTime());
    (void)item;

    // Staff keying in a paper form: the whole input as one JSON object of answers.
    const QJsonDocument keyed = QJsonDocument::fromJson(input);
    if (keyed.isObject()) {
        ck::FlowSession staff;
        staff.start(flow, QStringLiteral("en"));
        (void)staff.fill(keyed.object());
        (void)staff.answersJson();
    }
    session.wipe();
    return 0;
}
