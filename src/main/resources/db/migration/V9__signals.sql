-- Triage signals of an analyzed comment (language, request, problem, question, profanity, abuse, spam, needsReply) as JSON.
ALTER TABLE comments ADD COLUMN signals ${clob};
