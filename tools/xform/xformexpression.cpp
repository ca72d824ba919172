// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/xform/xformexpression.h"

namespace ck::xform {

namespace {

constexpr int kMaxNesting = 32; // real forms nest a handful of parentheses

struct Token
{
    enum class Type {
        End,
        Name,
        Path,
        String,
        Number,
        Reference,
        Operator,
        Open,
        Close,
        Comma,
        Bad
    };
    Type type = Type::End;
    QString text;
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')
        || c == QLatin1Char('.') || c == QLatin1Char(':');
}

class Lexer
{
public:
    explicit Lexer(const QString &s)
        : m_s(s)
    { }

    Token next()
    {
        while (m_i < m_s.size() && m_s.at(m_i).isSpace())
            ++m_i;
        if (m_i >= m_s.size())
            return {Token::Type::End, {}};
        const QChar c = m_s.at(m_i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = m_s.indexOf(c, m_i + 1);
            if (end < 0)
                return {Token::Type::Bad, QStringLiteral("unterminated text")};
            Token t {Token::Type::String, m_s.mid(m_i + 1, end - m_i - 1)};
            m_i = end + 1;
            return t;
        }
        if (c == QLatin1Char('$') && m_i + 1 < m_s.size() && m_s.at(m_i + 1) == QLatin1Char('{')) {
            const qsizetype end = m_s.indexOf(QLatin1Char('}'), m_i + 2);
            if (end < 0)
                return {Token::Type::Bad, QStringLiteral("unterminated ${")};
            Token t {Token::Type::Reference, m_s.mid(m_i + 2, end - m_i - 2).trimmed()};
            m_i = end + 1;
            return t;
        }
        if (c.isDigit()
            || (c == QLatin1Char('.') && m_i + 1 < m_s.size() && m_s.at(m_i + 1).isDigit())) {
            const qsizetype start = m_i;
            while (m_i < m_s.size() && (m_s.at(m_i).isDigit() || m_s.at(m_i) == QLatin1Char('.')))
                ++m_i;
            return {Token::Type::Number, m_s.mid(start, m_i - start)};
        }
        if (c == QLatin1Char('/') || c == QLatin1Char('.')) {
            const qsizetype start = m_i;
            while (m_i < m_s.size() && (isNameChar(m_s.at(m_i)) || m_s.at(m_i) == QLatin1Char('/')))
                ++m_i;
            return {Token::Type::Path, m_s.mid(start, m_i - start)};
        }
        if (isNameStart(c)) {
            const qsizetype start = m_i;
            while (m_i < m_s.size() && (isNameChar(m_s.at(m_i)) || m_s.at(m_i) == QLatin1Char('/')))
                ++m_i;
            const QString word = m_s.mid(start, m_i - start);
            return {word.contains(QLatin1Char('/')) ? Token::Type::Path : Token::Type::Name, word};
        }
        ++m_i;
        switch (c.unicode()) {
        case '(':
            return {Token::Type::Open, QStringLiteral("(")};
        case ')':
            return {Token::Type::Close, QStringLiteral(")")};
        case ',':
            return {Token::Type::Comma, QStringLiteral(",")};
        case '=':
            return {Token::Type::Operator, QStringLiteral("=")};
        case '!':
        case '<':
        case '>':
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('=')) {
                ++m_i;
                return {Token::Type::Operator, QString(c) + QLatin1Char('=')};
            }
            if (c == QLatin1Char('!'))
                return {Token::Type::Bad, QStringLiteral("!")};
            return {Token::Type::Operator, QString(c)};
        default:
            return {Token::Type::Bad, QString(c)};
        }
    }

private:
    const QString &m_s;
    qsizetype m_i = 0;
};

class Parser
{
public:
    explicit Parser(const QString &s)
        : m_lexer(s)
    {
        advance();
    }

    XFormExpression parseAll()
    {
        XFormExpression e = parseOr(0);
        if (m_token.type != Token::Type::End)
            return other(QStringLiteral("unexpected \"%1\"").arg(m_token.text));
        return e;
    }

private:
    static XFormExpression other(const QString &why)
    {
        return XFormExpression {XFormExpression::Kind::Other, why, {}};
    }

    void advance() { m_token = m_lexer.next(); }

    bool isWord(const char *word) const
    {
        return m_token.type == Token::Type::Name && m_token.text == QLatin1String(word);
    }

    XFormExpression parseOr(int depth)
    {
        XFormExpression first = parseAnd(depth);
        if (!isWord("or"))
            return first;
        XFormExpression e {XFormExpression::Kind::Or, {}, {first}};
        while (isWord("or")) {
            advance();
            e.args.append(parseAnd(depth));
        }
        return e;
    }

    XFormExpression parseAnd(int depth)
    {
        XFormExpression first = parseCompare(depth);
        if (!isWord("and"))
            return first;
        XFormExpression e {XFormExpression::Kind::And, {}, {first}};
        while (isWord("and")) {
            advance();
            e.args.append(parseCompare(depth));
        }
        return e;
    }

    XFormExpression parseCompare(int depth)
    {
        XFormExpression left = parsePrimary(depth);
        if (m_token.type != Token::Type::Operator)
            return left;
        const QString op = m_token.text;
        advance();
        XFormExpression right = parsePrimary(depth);
        if (m_token.type == Token::Type::Operator)
            return other(QStringLiteral("chained comparison"));
        return XFormExpression {XFormExpression::Kind::Compare, op, {left, right}};
    }

    XFormExpression parsePrimary(int depth)
    {
        if (depth > kMaxNesting)
            return other(QStringLiteral("nested too deeply"));
        const Token t = m_token;
        switch (t.type) {
        case Token::Type::String:
            advance();
            return {XFormExpression::Kind::String, t.text, {}};
        case Token::Type::Number:
            advance();
            return {XFormExpression::Kind::Number, t.text, {}};
        case Token::Type::Reference:
            advance();
            return {XFormExpression::Kind::Reference, t.text, {}};
        case Token::Type::Path:
            advance();
            if (m_token.type == Token::Type::Open)
                return other(QStringLiteral("call of \"%1\"").arg(t.text));
            return {XFormExpression::Kind::Path, t.text, {}};
        case Token::Type::Open: {
            advance();
            XFormExpression inner = parseOr(depth + 1);
            if (m_token.type != Token::Type::Close)
                return other(QStringLiteral("missing \")\""));
            advance();
            return inner;
        }
        case Token::Type::Name: {
            advance();
            if (m_token.type != Token::Type::Open)
                return {XFormExpression::Kind::Path, t.text, {}};
            advance();
            XFormExpression call {XFormExpression::Kind::Call, t.text, {}};
            if (m_token.type == Token::Type::Close) {
                advance();
                return call;
            }
            for (;;) {
                call.args.append(parseOr(depth + 1));
                if (m_token.type == Token::Type::Comma) {
                    advance();
                    continue;
                }
                if (m_token.type != Token::Type::Close)
                    return other(QStringLiteral("missing \")\" after %1(").arg(t.text));
                advance();
                return call;
            }
        }
        case Token::Type::End:
            return other(QStringLiteral("the expression ends too early"));
        default:
            advance();
            return other(QStringLiteral("\"%1\"").arg(t.text));
        }
    }

    Lexer m_lexer;
    Token m_token;
};

} // namespace

XFormExpression XFormExpression::parse(const QString &source)
{
    return Parser(source).parseAll();
}

int XFormExpression::constantTruth() const
{
    if (isCall("true", 0))
        return 1;
    if (isCall("false", 0))
        return 0;
    // Seen in hand-written forms: required="true" / "false" as bare words or text.
    if (kind == Kind::Path || kind == Kind::String) {
        if (text == QLatin1String("true"))
            return 1;
        if (text == QLatin1String("false"))
            return 0;
    }
    return -1;
}

bool XFormExpression::hasOther() const
{
    if (kind == Kind::Other)
        return true;
    for (const XFormExpression &a : args) {
        if (a.hasOther())
            return true;
    }
    return false;
}

} // namespace ck::xform
