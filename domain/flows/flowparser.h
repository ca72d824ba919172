// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/flowdefinition.h"

#include <QJsonObject>
#include <QSet>

namespace ck {

// Internal to FlowDefinition::parse: walks the JSON of one flow file and stops at the first
// problem, remembering where it was (the JSON path) so the admin can find it.
class FlowParser
{
public:
    explicit FlowParser(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    bool parse(const QByteArray &json, FlowDefinition &out);
    const FlowProblem &problem() const { return m_problem; }

private:
    bool fail(const QString &path, const char *code, const QString &reason);
    bool onlyKeys(const QJsonObject &object, const QString &path,
                  std::initializer_list<const char *> allowed);
    bool readText(const QJsonObject &object, const char *key, const QString &path, bool required,
                  LocalizedText &out);
    bool readId(const QJsonValue &value, const QString &path, QString &out);
    bool readLength(const QJsonObject &object, const char *key, const QString &path,
                    std::optional<int> &out);
    bool readPage(const QJsonValue &value, const QString &path, FlowPage &out);
    bool readField(const QJsonValue &value, const QString &path, FieldDefinition &out);
    bool readErrors(const QJsonObject &field, const QString &path, FieldDefinition &out);
    bool readOptions(const QJsonValue &value, const QString &path, QList<FieldOption> &out);
    bool readShowIf(const QJsonValue &value, const QString &path, ShowIf &out);
    bool checkBranches(const FlowDefinition &flow);
    bool readWebService(const QJsonObject &root, FlowDefinition &out);
    bool readPrivacy(const QJsonObject &root, FlowDefinition &out);

    QString m_fileName;
    FlowProblem m_problem;
};

} // namespace ck
