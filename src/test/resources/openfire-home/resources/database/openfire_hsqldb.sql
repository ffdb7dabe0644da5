-- Database that Openfire 4.2.0 creates on first start of a test or demo server (it runs this
-- file when ofVersion is missing). Written for this project: only the tables and columns 4.2.0
-- reads or writes, with lenient NULLs. Server properties are appended by OpenfireHome.
-- Openfire splits this file at lines ending in a semicolon and skips lines starting with "--".

-- Bookkeeping: schema version (26 is what 4.2.0 expects) and id sequences.
CREATE TABLE ofVersion (name VARCHAR(50) PRIMARY KEY, version INTEGER NOT NULL);
CREATE TABLE ofID (idType INTEGER PRIMARY KEY, id BIGINT NOT NULL);
CREATE TABLE ofProperty (name VARCHAR(100) PRIMARY KEY, propValue VARCHAR(4000) NOT NULL,
    encrypted INTEGER DEFAULT 0);

-- Accounts, their settings and lockout flags.
CREATE TABLE ofUser (username VARCHAR(64) PRIMARY KEY, storedKey VARCHAR(32),
    serverKey VARCHAR(32), salt VARCHAR(32), iterations INTEGER, plainPassword VARCHAR(32),
    encryptedPassword VARCHAR(255), name VARCHAR(100), email VARCHAR(100),
    creationDate VARCHAR(15) NOT NULL, modificationDate VARCHAR(15) NOT NULL);
CREATE TABLE ofUserProp (username VARCHAR(64), name VARCHAR(100), propValue VARCHAR(4000),
    PRIMARY KEY (username, name));
CREATE TABLE ofUserFlag (username VARCHAR(64), name VARCHAR(100), startTime VARCHAR(15),
    endTime VARCHAR(15), PRIMARY KEY (username, name));

-- Per-user storage: private XML, offline messages, last presence, vCards, privacy lists.
CREATE TABLE ofPrivate (username VARCHAR(64), name VARCHAR(100), namespace VARCHAR(200),
    privateData LONGVARCHAR, PRIMARY KEY (username, name, namespace));
CREATE TABLE ofOffline (username VARCHAR(64), messageID BIGINT, creationDate VARCHAR(15),
    messageSize INTEGER, stanza LONGVARCHAR, PRIMARY KEY (username, messageID));
CREATE TABLE ofPresence (username VARCHAR(64) PRIMARY KEY, offlinePresence LONGVARCHAR,
    offlineDate VARCHAR(15));
CREATE TABLE ofVCard (username VARCHAR(64) PRIMARY KEY, vcard LONGVARCHAR);
CREATE TABLE ofPrivacyList (username VARCHAR(64), name VARCHAR(100), isDefault INTEGER,
    list LONGVARCHAR, PRIMARY KEY (username, name));

-- Rosters.
CREATE TABLE ofRoster (rosterID BIGINT PRIMARY KEY, username VARCHAR(64) NOT NULL,
    jid VARCHAR(1024) NOT NULL, sub INTEGER, ask INTEGER, recv INTEGER, nick VARCHAR(255));
CREATE TABLE ofRosterGroups (rosterID BIGINT, rank INTEGER, groupName VARCHAR(255),
    PRIMARY KEY (rosterID, rank));

-- Groups (a room's member list can hold a group's JID).
CREATE TABLE ofGroup (groupName VARCHAR(50) PRIMARY KEY, description VARCHAR(255));
CREATE TABLE ofGroupProp (groupName VARCHAR(50), name VARCHAR(100), propValue VARCHAR(4000),
    PRIMARY KEY (groupName, name));
CREATE TABLE ofGroupUser (groupName VARCHAR(50), username VARCHAR(100), administrator INTEGER,
    PRIMARY KEY (groupName, username, administrator));

-- Other servers and external components (both listeners are off; the tables are still read).
CREATE TABLE ofExtComponentConf (subdomain VARCHAR(255), wildcard INTEGER, secret VARCHAR(255),
    permission VARCHAR(10), PRIMARY KEY (subdomain, wildcard));
CREATE TABLE ofRemoteServerConf (xmppDomain VARCHAR(255) PRIMARY KEY, remotePort INTEGER,
    permission VARCHAR(10));

-- Security audit log.
CREATE TABLE ofSecurityAuditLog (msgID BIGINT PRIMARY KEY, username VARCHAR(64),
    entryStamp BIGINT, summary VARCHAR(255), node VARCHAR(255), details LONGVARCHAR);

-- Multi-user chat: services, rooms, affiliations, members (with reserved nicknames), history.
CREATE TABLE ofMucService (serviceID BIGINT NOT NULL, subdomain VARCHAR(255) PRIMARY KEY,
    description VARCHAR(255), isHidden INTEGER);
CREATE TABLE ofMucServiceProp (serviceID BIGINT, name VARCHAR(100), propValue VARCHAR(4000),
    PRIMARY KEY (serviceID, name));
CREATE TABLE ofMucRoom (serviceID BIGINT, roomID BIGINT NOT NULL, creationDate VARCHAR(15),
    modificationDate VARCHAR(15), name VARCHAR(255), naturalName VARCHAR(255),
    description VARCHAR(255), lockedDate VARCHAR(15), emptyDate VARCHAR(15),
    canChangeSubject INTEGER, maxUsers INTEGER, publicRoom INTEGER, moderated INTEGER,
    membersOnly INTEGER, canInvite INTEGER, roomPassword VARCHAR(255), canDiscoverJID INTEGER,
    logEnabled INTEGER, subject VARCHAR(4000), rolesToBroadcast INTEGER,
    useReservedNick INTEGER, canChangeNick INTEGER, canRegister INTEGER, allowpm INTEGER,
    PRIMARY KEY (serviceID, name));
CREATE TABLE ofMucRoomProp (roomID BIGINT, name VARCHAR(100), propValue VARCHAR(4000),
    PRIMARY KEY (roomID, name));
CREATE TABLE ofMucAffiliation (roomID BIGINT, jid VARCHAR(1024), affiliation INTEGER,
    PRIMARY KEY (roomID, jid));
CREATE TABLE ofMucMember (roomID BIGINT, jid VARCHAR(1024), nickname VARCHAR(255),
    firstName VARCHAR(100), lastName VARCHAR(100), url VARCHAR(100), email VARCHAR(100),
    faqentry VARCHAR(100), PRIMARY KEY (roomID, jid));
CREATE TABLE ofMucConversationLog (roomID BIGINT, messageID BIGINT, sender VARCHAR(1024),
    nickname VARCHAR(255), logTime VARCHAR(15), subject VARCHAR(4000), body LONGVARCHAR,
    stanza LONGVARCHAR);

-- Publish-subscribe (PEP and the pubsub service load these at start).
CREATE TABLE ofPubsubNode (serviceID VARCHAR(100), nodeID VARCHAR(100), leaf INTEGER,
    creationDate VARCHAR(15), modificationDate VARCHAR(15), parent VARCHAR(100),
    deliverPayloads INTEGER, maxPayloadSize INTEGER, persistItems INTEGER, maxItems INTEGER,
    notifyConfigChanges INTEGER, notifyDelete INTEGER, notifyRetract INTEGER,
    presenceBased INTEGER, sendItemSubscribe INTEGER, publisherModel VARCHAR(15),
    subscriptionEnabled INTEGER, configSubscription INTEGER, accessModel VARCHAR(10),
    payloadType VARCHAR(100), bodyXSLT VARCHAR(100), dataformXSLT VARCHAR(100),
    creator VARCHAR(1024), description VARCHAR(255), language VARCHAR(255), name VARCHAR(255),
    replyPolicy VARCHAR(15), associationPolicy VARCHAR(15), maxLeafNodes INTEGER,
    PRIMARY KEY (serviceID, nodeID));
CREATE TABLE ofPubsubNodeJIDs (serviceID VARCHAR(100), nodeID VARCHAR(100), jid VARCHAR(1024),
    associationType VARCHAR(20), PRIMARY KEY (serviceID, nodeID, jid));
CREATE TABLE ofPubsubNodeGroups (serviceID VARCHAR(100), nodeID VARCHAR(100),
    rosterGroup VARCHAR(100));
CREATE TABLE ofPubsubAffiliation (serviceID VARCHAR(100), nodeID VARCHAR(100),
    jid VARCHAR(1024), affiliation VARCHAR(10), PRIMARY KEY (serviceID, nodeID, jid));
CREATE TABLE ofPubsubItem (serviceID VARCHAR(100), nodeID VARCHAR(100), id VARCHAR(100),
    jid VARCHAR(1024), creationDate VARCHAR(15), payload LONGVARCHAR,
    PRIMARY KEY (serviceID, nodeID, id));
CREATE TABLE ofPubsubSubscription (serviceID VARCHAR(100), nodeID VARCHAR(100),
    id VARCHAR(100), jid VARCHAR(1024), owner VARCHAR(1024), state VARCHAR(15),
    deliver INTEGER, digest INTEGER, digest_frequency INTEGER, expire VARCHAR(15),
    includeBody INTEGER, showValues VARCHAR(30), subscriptionType VARCHAR(10),
    subscriptionDepth INTEGER, keyword VARCHAR(200), PRIMARY KEY (serviceID, nodeID, id));
CREATE TABLE ofPubsubDefaultConf (serviceID VARCHAR(100), leaf INTEGER,
    deliverPayloads INTEGER, maxPayloadSize INTEGER, persistItems INTEGER, maxItems INTEGER,
    notifyConfigChanges INTEGER, notifyDelete INTEGER, notifyRetract INTEGER,
    presenceBased INTEGER, sendItemSubscribe INTEGER, publisherModel VARCHAR(15),
    subscriptionEnabled INTEGER, accessModel VARCHAR(10), language VARCHAR(255),
    replyPolicy VARCHAR(15), associationPolicy VARCHAR(15), maxLeafNodes INTEGER,
    PRIMARY KEY (serviceID, leaf));

-- Seed rows. The MUC service takes id 1, so the service id sequence (type 26) starts at 2.
-- Sequences for roster items (18), offline messages (19), rooms (23) and audit entries (25)
-- start at 1; seeding them spares a warning from Openfire, which creates them on first use.
INSERT INTO ofMucService (serviceID, subdomain, description, isHidden)
    VALUES (1, 'conference', 'Chat rooms', 0);
INSERT INTO ofID (idType, id) VALUES (26, 2);
INSERT INTO ofID (idType, id) VALUES (18, 1);
INSERT INTO ofID (idType, id) VALUES (19, 1);
INSERT INTO ofID (idType, id) VALUES (23, 1);
INSERT INTO ofID (idType, id) VALUES (25, 1);
INSERT INTO ofUser (username, plainPassword, name, email, creationDate, modificationDate)
    VALUES ('user', 'password', 'User One', NULL, '0', '0');
INSERT INTO ofUser (username, plainPassword, name, email, creationDate, modificationDate)
    VALUES ('user2', 'password', 'User Two', NULL, '0', '0');
INSERT INTO ofUser (username, plainPassword, name, email, creationDate, modificationDate)
    VALUES ('user3', 'password', 'User Three', NULL, '0', '0');
INSERT INTO ofVersion (name, version) VALUES ('openfire', 26);
