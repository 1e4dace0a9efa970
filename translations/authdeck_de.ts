<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>authdeck::Account</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Needs sign-in again</source>
        <translation>Erneute Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Needs credentials</source>
        <translation>Anmeldedaten erforderlich</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>authdeck::AccountLock</name>
    <message>
        <source>Another AuthDeck process is busy with this account and does not finish; try again.</source>
        <translation>Ein anderer AuthDeck-Prozess arbeitet mit diesem Konto und wird nicht fertig; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write in the profile folder to lock the account (is the disk full or the folder read-only?). Nothing was changed.</source>
        <translation>Im Profilordner kann nicht geschrieben werden, um das Konto zu sperren (ist der Datenträger voll oder der Ordner schreibgeschützt?). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The account id is not valid; nothing was changed.</source>
        <translation>Die Konto-ID ist ungültig; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>authdeck::AccountService</name>
    <message>
        <source>%1 accounts are named &quot;%2&quot;; use an id instead: %3</source>
        <translation>%1 Konten heißen &quot;%2&quot;; verwenden Sie stattdessen eine ID: %3</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;. Run &quot;authdeck-cli accounts&quot; to see the connected accounts.</source>
        <translation>Kein Konto &quot;%1&quot;. Führen Sie &quot;authdeck-cli accounts&quot; aus, um die verbundenen Konten zu sehen.</translation>
    </message>
    <message>
        <source>The account was removed meanwhile.</source>
        <translation>Das Konto wurde inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>authdeck::AdminConsentJob</name>
    <message>
        <source>No answer to the admin consent request came within %1 seconds; open the address again, or run the command again.</source>
        <translation>Innerhalb von %1 Sekunden kam keine Antwort auf die Anfrage zur Administratorzustimmung; öffnen Sie die Adresse erneut oder führen Sie den Befehl noch einmal aus.</translation>
    </message>
    <message>
        <source>%1 has no tenant-wide admin consent step; the app &quot;%2&quot; needs none.</source>
        <translation>%1 kennt keine mandantenweite Administratorzustimmung; die App „%2“ braucht keine.</translation>
    </message>
    <message>
        <source>admin consent URL</source>
        <translation>URL der Administratorzustimmung</translation>
    </message>
    <message>
        <source>The tenant %1 granted consent to the app. You can close this tab and return to AuthDeck.</source>
        <translation>Der Mandant %1 hat der App zugestimmt. Sie können diesen Tab schließen und zu AuthDeck zurückkehren.</translation>
    </message>
    <message>
        <source>The admin consent request was cancelled.</source>
        <translation>Die Anfrage zur Administratorzustimmung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>authdeck::AdminPolicy</name>
    <message>
        <source>The provider &quot;%1&quot; is not allowed by your organization&apos;s policy (%2); it is managed by your organization.</source>
        <translation>Der Anbieter &quot;%1&quot; ist gemäß der Richtlinie Ihrer Organisation (%2) nicht erlaubt; dies wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>%1 through %2 is not allowed by your organization&apos;s policy (%3); it is managed by your organization.</source>
        <translation>%1 über %2 ist gemäß der Richtlinie Ihrer Organisation (%3) nicht erlaubt; dies wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is larger than 64 KB</source>
        <translation>sie ist größer als 64 KB</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>die Datei muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once</source>
        <translation>&quot;%1&quot; ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (the policy knows %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (die Richtlinie kennt %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of scheme ids, like [&quot;oauth2&quot;]</source>
        <translation>&quot;%1&quot; muss eine Liste von Verfahrens-IDs sein, wie [&quot;oauth2&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of provider ids, like [&quot;box&quot;]</source>
        <translation>&quot;%1&quot; muss eine Liste von Anbieter-IDs sein, wie [&quot;box&quot;]</translation>
    </message>
    <message>
        <source>every item of &quot;%1&quot; must be an id in quotes</source>
        <translation>jeder Eintrag von &quot;%1&quot; muss eine ID in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot; in &quot;%2&quot; (known: %3)</source>
        <translation>unbekanntes Verfahren &quot;%1&quot; in &quot;%2&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a provider id (2-40 characters a-z, 0-9, -)</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; ist keine Anbieter-ID (2-40 Zeichen a-z, 0-9, -)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;allow&quot; and/or &quot;deny&quot; lists</source>
        <translation>&quot;%1&quot; muss ein Objekt mit den Listen &quot;allow&quot; und/oder &quot;deny&quot; sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (&quot;%2&quot; knows allow and deny)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (&quot;%2&quot; kennt allow und deny)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; (%2) is not built into AuthDeck, and your organization&apos;s policy (%3) allows only the built-in providers it names; it is managed by your organization.</source>
        <translation>Der Anbieter &quot;%1&quot; (%2) ist nicht in AuthDeck integriert, und die Richtlinie Ihrer Organisation (%3) erlaubt nur die darin genannten integrierten Anbieter; dies wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; (%2) uses the endpoints of &quot;%3&quot; (%4), which your organization&apos;s policy (%5) does not allow; it is managed by your organization.</source>
        <translation>Der Anbieter &quot;%1&quot; (%2) verwendet die Endpunkte von &quot;%3&quot; (%4), die die Richtlinie Ihrer Organisation (%5) nicht erlaubt; dies wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not allowed: your organization&apos;s policy file (%2) is not valid, and until it is fixed AuthDeck allows no provider.</source>
        <translation>Der Anbieter &quot;%1&quot; ist nicht erlaubt: Die Richtliniendatei Ihrer Organisation (%2) ist ungültig, und bis sie korrigiert ist, erlaubt AuthDeck keinen Anbieter.</translation>
    </message>
    <message>
        <source>%1 through %2 is not allowed: your organization&apos;s policy file (%3) is not valid, and until it is fixed AuthDeck allows no sign-in method.</source>
        <translation>%1 über %2 ist nicht erlaubt: Die Richtliniendatei Ihrer Organisation (%3) ist ungültig, und bis sie korrigiert ist, erlaubt AuthDeck keine Anmeldemethode.</translation>
    </message>
    <message>
        <source>Your organization&apos;s policy (%1) allows %2 with its built-in endpoints only: an app registration may not set its own authorization, token, revocation or API URLs. It is managed by your organization.</source>
        <translation>Die Richtlinie Ihrer Organisation (%1) erlaubt %2 nur mit den integrierten Endpunkten: Eine App-Registrierung darf keine eigenen Autorisierungs-, Token-, Widerrufs- oder API-URLs festlegen. Dies wird von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Exports with secrets are not allowed: your organization&apos;s policy file (%1) is not valid, and until it is fixed AuthDeck writes no secret to a file.</source>
        <translation>Exporte mit Geheimnissen sind nicht erlaubt: Die Richtliniendatei Ihrer Organisation (%1) ist ungültig, und bis sie korrigiert ist, schreibt AuthDeck kein Geheimnis in eine Datei.</translation>
    </message>
    <message>
        <source>Your organization&apos;s policy (%1) does not allow exports with secrets (client secrets, keys, passphrases, tokens); it is managed by your organization. Export without secrets instead.</source>
        <translation>Die Richtlinie Ihrer Organisation (%1) erlaubt keine Exporte mit Geheimnissen (Client-Geheimnisse, Schlüssel, Passphrasen, Token); dies wird von Ihrer Organisation verwaltet. Exportieren Sie stattdessen ohne Geheimnisse.</translation>
    </message>
    <message>
        <source>The policy file %1 is not valid: line %2: %3. Until it is fixed, AuthDeck allows no provider, no sign-in method and no export with secrets.</source>
        <translation>Die Richtliniendatei %1 ist ungültig: Zeile %2: %3. Bis sie korrigiert ist, erlaubt AuthDeck keinen Anbieter, keine Anmeldemethode und keinen Export mit Geheimnissen.</translation>
    </message>
    <message>
        <source>The policy file %1 is not valid: %2. Until it is fixed, AuthDeck allows no provider, no sign-in method and no export with secrets.</source>
        <translation>Die Richtliniendatei %1 ist ungültig: %2. Bis sie korrigiert ist, erlaubt AuthDeck keinen Anbieter, keine Anmeldemethode und keinen Export mit Geheimnissen.</translation>
    </message>
</context>
<context>
    <name>authdeck::AppService</name>
    <message>
        <source>Unknown provider &quot;%1&quot;. Run &quot;authdeck-cli providers&quot; to see the providers AuthDeck knows.</source>
        <translation>Unbekannter Anbieter &quot;%1&quot;. Führen Sie &quot;authdeck-cli providers&quot; aus, um die Anbieter zu sehen, die AuthDeck kennt.</translation>
    </message>
    <message>
        <source>An app registration needs a name.</source>
        <translation>Eine App-Registrierung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The app name is longer than 100 characters.</source>
        <translation>Der App-Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>An app named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Eine App namens &quot;%1&quot; existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 connects with %2, which needs no app registration.</source>
        <translation>%1 verbindet sich mit %2, wofür keine App-Registrierung nötig ist.</translation>
    </message>
    <message>
        <source>%1 does not offer %2; it offers: %3.</source>
        <translation>%1 bietet %2 nicht an; angeboten wird: %3.</translation>
    </message>
    <message>
        <source>A client ID is required (--client-id).</source>
        <translation>Eine Client-ID ist erforderlich (--client-id).</translation>
    </message>
    <message>
        <source>The client ID is longer than 512 characters.</source>
        <translation>Die Client-ID ist länger als 512 Zeichen.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 hat keine Einstellung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 runs on your own server: give its host with --host (for example %2).</source>
        <translation>%1 läuft auf Ihrem eigenen Server: Geben Sie den Host mit --host an (zum Beispiel %2).</translation>
    </message>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 benötigt einen Wert für &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The redirect port must be a number from 1 to 65535.</source>
        <translation>Der Weiterleitungsport muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1 has no scope &quot;%2&quot;.</source>
        <translation>%1 hat keine Berechtigung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>%1 accepts the signing algorithms %2, not %3.</source>
        <translation>%1 akzeptiert die Signaturalgorithmen %2, nicht %3.</translation>
    </message>
    <message>
        <source>No app named &quot;%1&quot;.</source>
        <translation>Keine App namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; was removed meanwhile.</source>
        <translation>Die App &quot;%1&quot; wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is used by %2. Disconnect those accounts first, or remove it anyway with --force.</source>
        <translation>Die App &quot;%1&quot; wird von %2 verwendet. Trennen Sie diese Konten zuerst, oder entfernen Sie sie trotzdem mit --force.</translation>
    </message>
    <message>
        <source>No app named &quot;%1&quot;. Run &quot;authdeck-cli apps list&quot; to see the app registrations.</source>
        <translation>Keine App namens &quot;%1&quot;. Führen Sie &quot;authdeck-cli apps list&quot; aus, um die App-Registrierungen zu sehen.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>Die App &quot;%1&quot; verwendet den Anbieter &quot;%2&quot;, der nicht im Katalog ist.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has an id that is not valid.</source>
        <translation>Die App &quot;%1&quot; hat eine ungültige ID.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; cannot be imported: %2</source>
        <translation>Die App &quot;%1&quot; kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot;</source>
        <translation>Die App &quot;%1&quot;</translation>
    </message>
    <message>
        <source>device authorization URL</source>
        <translation>URL der Geräteautorisierung</translation>
    </message>
    <message>
        <source>userinfo URL</source>
        <translation>Userinfo-URL</translation>
    </message>
</context>
<context>
    <name>authdeck::AppSettings</name>
    <message>
        <source>The setting %1 has the invalid value &quot;%2&quot;; using %3.</source>
        <translation>Die Einstellung %1 hat den ungültigen Wert &quot;%2&quot;; %3 wird verwendet.</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>no trust</source>
        <translation>kein Vertrauen</translation>
    </message>
</context>
<context>
    <name>authdeck::BoxConfig</name>
    <message>
        <source>The Box config file is larger than 256 KiB; it is not a config.json.</source>
        <translation>Die Box-Konfigurationsdatei ist größer als 256 KiB; sie ist keine config.json.</translation>
    </message>
    <message>
        <source>The Box config file is not valid JSON (%1 at byte %2); it may be truncated.</source>
        <translation>Die Box-Konfigurationsdatei ist kein gültiges JSON (%1 bei Byte %2); sie ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The Box config file is not a JSON object.</source>
        <translation>Die Box-Konfigurationsdatei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1.privateKey&quot; is not a PEM private key.</source>
        <translation>In der Box-Konfigurationsdatei ist &quot;%1.privateKey&quot; kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1.privateKey&quot; cannot be used: %2.</source>
        <translation>In der Box-Konfigurationsdatei kann &quot;%1.privateKey&quot; nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The Box config file has no &quot;%1&quot;.</source>
        <translation>Der Box-Konfigurationsdatei fehlt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1&quot; is not a string.</source>
        <translation>In der Box-Konfigurationsdatei ist &quot;%1&quot; keine Zeichenkette.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1&quot; is empty.</source>
        <translation>In der Box-Konfigurationsdatei ist &quot;%1&quot; leer.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1&quot; is not an object.</source>
        <translation>In der Box-Konfigurationsdatei ist &quot;%1&quot; kein Objekt.</translation>
    </message>
</context>
<context>
    <name>authdeck::BundleService</name>
    <message>
        <source>The bundle file %1 does not exist or is not a file.</source>
        <translation>Die Paketdatei %1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>The bundle is refused: the file is larger than 16 MiB; nothing was imported.</source>
        <translation>Das Paket wird abgelehnt: Die Datei ist größer als 16 MiB; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Cannot read the bundle file %1: %2</source>
        <translation>Die Paketdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Give the bundle file to write (--out).</source>
        <translation>Geben Sie die zu schreibende Paketdatei an (--out).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Secrets are exported encrypted: give a passphrase (--passphrase-file).</source>
        <translation>Geheimnisse werden verschlüsselt exportiert: Geben Sie eine Passphrase an (--passphrase-file).</translation>
    </message>
    <message>
        <source>The bundle holds encrypted secrets: give its passphrase (--passphrase-file).</source>
        <translation>Das Paket enthält verschlüsselte Geheimnisse: Geben Sie seine Passphrase an (--passphrase-file).</translation>
    </message>
    <message>
        <source>Imported from a bundle without its secrets: connect it again.</source>
        <translation>Aus einem Paket ohne Geheimnisse importiert: Verbinden Sie es erneut.</translation>
    </message>
    <message>
        <source>The profile changed while importing; nothing was imported. Try again.</source>
        <translation>Das Profil hat sich während des Imports geändert; nichts wurde importiert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 spends a refresh token each time it is used: importing this bundle elsewhere moves the sign-in there, and the account here must then sign in again.</source>
        <translation>%1 verbraucht bei jeder Verwendung ein Aktualisierungstoken: Wird dieses Paket anderswo importiert, geht die Anmeldung dorthin über, und das Konto hier muss sich dann erneut anmelden.</translation>
    </message>
    <message>
        <source>The bundle is refused: the account &quot;%1&quot; has an id that is not valid; nothing was imported.</source>
        <translation>Das Paket wird abgelehnt: Das Konto &quot;%1&quot; hat eine ungültige ID; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog; nothing was imported.</source>
        <translation>Das Konto &quot;%1&quot; verwendet den Anbieter &quot;%2&quot;, der nicht im Katalog ist; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; uses %2, which %3 does not offer; nothing was imported.</source>
        <translation>Das Konto &quot;%1&quot; verwendet %2, was %3 nicht anbietet; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>A copy of &quot;%1&quot;: a copy never shares the original&apos;s sign-in; sign in again.</source>
        <translation>Eine Kopie von &quot;%1&quot;: Eine Kopie teilt nie die Anmeldung des Originals; melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>authdeck::CertificateProbe</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>Could not fetch the certificate of %1: %2</source>
        <translation>Das Zertifikat von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 did not present a certificate in time.</source>
        <translation>%1 hat nicht rechtzeitig ein Zertifikat vorgelegt.</translation>
    </message>
</context>
<context>
    <name>authdeck::CertificateTrustPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>&quot;%1&quot; ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>%1 is a server of %2 in AuthDeck&apos;s built-in catalog: its certificate must be issued by a certificate authority, and AuthDeck never accepts a self-signed one for it.</source>
        <translation>%1 ist ein Server von %2 im integrierten Katalog von AuthDeck: Sein Zertifikat muss von einer Zertifizierungsstelle ausgestellt sein, und AuthDeck akzeptiert dafür nie ein selbstsigniertes.</translation>
    </message>
    <message>
        <source>No app registration of this profile uses %1 as its server; a self-signed certificate is trusted only for the server host of an app registration.</source>
        <translation>Keine App-Registrierung dieses Profils verwendet %1 als Server; einem selbstsignierten Zertifikat wird nur für den Server-Host einer App-Registrierung vertraut.</translation>
    </message>
    <message>
        <source>The trusted certificate for %1 is ignored: %2</source>
        <translation>Das für %1 als vertrauenswürdig eingestufte Zertifikat wird ignoriert: %2</translation>
    </message>
</context>
<context>
    <name>authdeck::ClientAuthentication</name>
    <message>
        <source>Unknown client authentication &quot;%1&quot;; AuthDeck uses %2.</source>
        <translation>Unbekannte Client-Authentifizierung „%1“; AuthDeck verwendet %2.</translation>
    </message>
    <message>
        <source>A private_key_jwt assertion is signed with RS256 or PS256, not %1.</source>
        <translation>Eine private_key_jwt-Assertion wird mit RS256 oder PS256 signiert, nicht mit %1.</translation>
    </message>
</context>
<context>
    <name>authdeck::DatabaseSecretStore</name>
    <message>
        <source>This profile keeps its secrets in an encrypted vault: open it with --secret-store vault and its passphrase.</source>
        <translation>Dieses Profil bewahrt seine Geheimnisse in einem verschlüsselten Tresor auf: Öffnen Sie es mit --secret-store vault und der Tresor-Passphrase.</translation>
    </message>
    <message>
        <source>This profile&apos;s key is in the keychain, not in a vault: open it with --secret-store keychain.</source>
        <translation>Der Schlüssel dieses Profils liegt im Schlüsselbund, nicht in einem Tresor: Öffnen Sie es mit --secret-store keychain.</translation>
    </message>
    <message>
        <source>Not a key of this profile.</source>
        <translation>Kein Schlüssel dieses Profils.</translation>
    </message>
</context>
<context>
    <name>authdeck::DeviceAuthorization</name>
    <message>
        <source>%1 answered the device authorization request without a usable &quot;%2&quot;.</source>
        <translation>%1 beantwortete die Geräteautorisierung ohne brauchbares „%2“.</translation>
    </message>
    <message>
        <source>%1 answered the device authorization request with something other than JSON.</source>
        <translation>%1 beantwortete die Geräteautorisierung mit etwas anderem als JSON.</translation>
    </message>
    <message>
        <source>device authorization URL</source>
        <translation>URL der Geräteautorisierung</translation>
    </message>
    <message>
        <source>%1 refused the device authorization request (HTTP %2).</source>
        <translation>%1 hat die Geräteautorisierung abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The code %1 expired before anyone entered it at %2. Start again for a new code.</source>
        <translation>Der Code %1 ist abgelaufen, bevor ihn jemand unter %2 eingegeben hat. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The sign-in with the code %1 was denied at %2.</source>
        <translation>Die Anmeldung mit dem Code %1 wurde bei %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The code %1 expired at %2 before the sign-in was finished. Start again for a new code.</source>
        <translation>Der Code %1 ist bei %2 abgelaufen, bevor die Anmeldung abgeschlossen war. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The sign-in with a code was cancelled.</source>
        <translation>Die Anmeldung mit einem Code wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>authdeck::Diagnosis</name>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Abhilfe: %2</translation>
    </message>
    <message>
        <source>The account&apos;s sign-in expired or was revoked.</source>
        <translation>Die Anmeldung des Kontos ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>The account&apos;s refresh token was already used elsewhere.</source>
        <translation>Das Aktualisierungstoken des Kontos wurde bereits an anderer Stelle verwendet.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for the app at the provider.</source>
        <translation>Die Weiterleitungs-URI ist für die App beim Anbieter nicht registriert.</translation>
    </message>
    <message>
        <source>The app is not authorized by the enterprise admin.</source>
        <translation>Die App wurde vom Unternehmensadministrator nicht autorisiert.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock disagrees with the server&apos;s.</source>
        <translation>Die Uhr dieses Computers weicht von der des Servers ab.</translation>
    </message>
    <message>
        <source>The app is not granted the requested scopes.</source>
        <translation>Der App wurden die angeforderten Berechtigungen nicht erteilt.</translation>
    </message>
    <message>
        <source>The provider does not accept the app&apos;s client ID or secret.</source>
        <translation>Der Anbieter akzeptiert die Client-ID oder das Client-Geheimnis der App nicht.</translation>
    </message>
    <message>
        <source>Access was denied.</source>
        <translation>Der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed.</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server name could not be found (DNS).</source>
        <translation>Der Servername wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The provider has an outage (HTTP 5xx).</source>
        <translation>Beim Anbieter liegt eine Störung vor (HTTP 5xx).</translation>
    </message>
    <message>
        <source>The provider is limiting requests.</source>
        <translation>Der Anbieter begrenzt die Anfragen.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Die Datei wurde geändert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Sign in again (&quot;Sign in again&quot; in the account details, or &quot;authdeck-cli connect&quot;); the account&apos;s settings are kept.</source>
        <translation>Melden Sie sich erneut an (&quot;Erneut anmelden&quot; in den Kontodetails oder &quot;authdeck-cli connect&quot;); die Einstellungen des Kontos bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sign in again, and keep each account in one AuthDeck only: another copy or program that refreshes the same account spends its single-use refresh token.</source>
        <translation>Melden Sie sich erneut an und verwenden Sie jedes Konto nur in einer einzigen AuthDeck-Instanz: Eine andere Kopie oder ein anderes Programm, das dasselbe Konto aktualisiert, verbraucht dessen nur einmal verwendbares Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>Register the redirect URI shown by &quot;authdeck-cli apps show APP&quot; (or under Settings &gt; Apps) for the app in the provider&apos;s developer console, then connect again.</source>
        <translation>Registrieren Sie die von &quot;authdeck-cli apps show APP&quot; (oder unter Einstellungen &gt; Apps) angezeigte Weiterleitungs-URI für die App in der Entwicklerkonsole des Anbieters und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Ask the enterprise admin to authorize the app (or reauthorize it after a change of its scopes) in the provider&apos;s admin console, then try again.</source>
        <translation>Bitten Sie den Unternehmensadministrator, die App in der Admin-Konsole des Anbieters zu autorisieren (oder nach einer Änderung ihrer Berechtigungen erneut zu autorisieren), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock right (turn on automatic time), then try again.</source>
        <translation>Stellen Sie die Uhr dieses Computers richtig (aktivieren Sie die automatische Uhrzeit) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Enable the scopes for the app in the provider&apos;s developer console, or request fewer scopes in the app registration, then sign in again.</source>
        <translation>Aktivieren Sie die Berechtigungen für die App in der Entwicklerkonsole des Anbieters oder fordern Sie in der App-Registrierung weniger Berechtigungen an, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Check the client ID and secret of the app registration against the provider&apos;s developer console.</source>
        <translation>Gleichen Sie Client-ID und Client-Geheimnis der App-Registrierung mit der Entwicklerkonsole des Anbieters ab.</translation>
    </message>
    <message>
        <source>Sign in again and approve the access, or ask the provider&apos;s admin why it was denied.</source>
        <translation>Melden Sie sich erneut an und genehmigen Sie den Zugriff, oder fragen Sie den Administrator des Anbieters, warum er verweigert wurde.</translation>
    </message>
    <message>
        <source>Check the server&apos;s address and certificate; for your own server with a self-signed certificate, compare its SHA-256 fingerprint with the server&apos;s administrator and trust it under Settings &gt; Network.</source>
        <translation>Prüfen Sie die Adresse und das Zertifikat des Servers; bei Ihrem eigenen Server mit selbstsigniertem Zertifikat gleichen Sie dessen SHA-256-Fingerabdruck mit dem Administrator des Servers ab und vertrauen Sie ihm unter Einstellungen &gt; Netzwerk.</translation>
    </message>
    <message>
        <source>Check the host name in the app registration and this computer&apos;s network and DNS settings.</source>
        <translation>Prüfen Sie den Hostnamen in der App-Registrierung sowie die Netzwerk- und DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>Check the network and the proxy (Settings &gt; Network), or raise the timeouts, then try again.</source>
        <translation>Prüfen Sie das Netzwerk und den Proxy (Einstellungen &gt; Netzwerk) oder erhöhen Sie die Zeitlimits, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing is wrong on this side: try again later and check the provider&apos;s status page.</source>
        <translation>Auf dieser Seite liegt kein Fehler vor: Versuchen Sie es später erneut und prüfen Sie die Statusseite des Anbieters.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the passphrase and try again.</source>
        <translation>Prüfen Sie die Passphrase und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Get a fresh copy of the file from where it came from.</source>
        <translation>Besorgen Sie sich eine neue Kopie der Datei aus ihrer ursprünglichen Quelle.</translation>
    </message>
    <message>
        <source>The provider does not accept the subject the app acts for (enterprise ID or user ID).</source>
        <translation>Der Anbieter akzeptiert das Subjekt nicht, für das die App handelt (Enterprise-ID oder Benutzer-ID).</translation>
    </message>
    <message>
        <source>The provider does not accept the key that signed the request (Public Key ID or key pair).</source>
        <translation>Der Anbieter akzeptiert den Schlüssel nicht, der die Anfrage signiert hat (Public Key ID oder Schlüsselpaar).</translation>
    </message>
    <message>
        <source>Check the enterprise ID (Box: Admin Console &gt; Account &amp; Billing) or the user ID in the app registration, and that the app is authorized in that enterprise, then try again.</source>
        <translation>Prüfen Sie die Enterprise-ID (Box: Admin Console &gt; Account &amp; Billing) oder die Benutzer-ID in der App-Registrierung und ob die App in diesem Unternehmen autorisiert ist; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Add the app&apos;s public key in the provider&apos;s developer console and copy the Public Key ID it shows into the app registration (&quot;authdeck-cli apps show APP&quot; names the key in use), then try again.</source>
        <translation>Fügen Sie den öffentlichen Schlüssel der App in der Entwicklerkonsole des Anbieters hinzu und übernehmen Sie die dort angezeigte Public Key ID in die App-Registrierung („authdeck-cli apps show APP“ nennt den verwendeten Schlüssel); versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>authdeck::Discovery</name>
    <message>
        <source>The issuer &quot;%1&quot; is not a URL (for example https://login.example.com).</source>
        <translation>Der Aussteller „%1“ ist keine URL (zum Beispiel https://login.example.com).</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment; an issuer has neither.</source>
        <translation>Der Aussteller „%1“ enthält eine Abfrage oder ein Fragment; ein Aussteller hat keines von beiden.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>The discovery metadata at %1 %2. Nothing was registered.</source>
        <translation>Die Discovery-Metadaten unter %1: %2. Es wurde nichts registriert.</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>has no &quot;issuer&quot;</source>
        <translation>enthalten kein „issuer“</translation>
    </message>
    <message>
        <source>is for the issuer &quot;%1&quot;, not &quot;%2&quot; (&quot;issuer&quot; must be the issuer asked for, exactly)</source>
        <translation>gelten für den Aussteller „%1“, nicht „%2“ („issuer“ muss genau der angefragte Aussteller sein)</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>enthalten kein „%1“</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not a string</source>
        <translation>enthalten ein „%1“, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not a URL</source>
        <translation>enthalten ein „%1“, das keine URL ist</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; AuthDeck may not use: %2</source>
        <translation>enthalten ein „%1“, das AuthDeck nicht verwenden darf: %2</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not a list of strings</source>
        <translation>enthalten ein „%1“, das keine Liste von Zeichenketten ist</translation>
    </message>
    <message>
        <source>has an &quot;authorization_response_iss_parameter_supported&quot; that is not true or false</source>
        <translation>enthalten ein „authorization_response_iss_parameter_supported“, das weder true noch false ist</translation>
    </message>
    <message>
        <source>lists &quot;code_challenge_methods_supported&quot; without S256, which AuthDeck needs</source>
        <translation>führen „code_challenge_methods_supported“ ohne S256, das AuthDeck braucht</translation>
    </message>
    <message>
        <source>has no &quot;userinfo_endpoint&quot;, which AuthDeck calls to check who signed in</source>
        <translation>enthalten kein „userinfo_endpoint“, über das AuthDeck prüft, wer sich angemeldet hat</translation>
    </message>
    <message>
        <source>lists &quot;token_endpoint_auth_methods_supported&quot; as %1, without %2</source>
        <translation>führen „token_endpoint_auth_methods_supported“ als %1, ohne %2</translation>
    </message>
    <message>
        <source>lists &quot;token_endpoint_auth_signing_alg_values_supported&quot; as %1, without %2</source>
        <translation>führen „token_endpoint_auth_signing_alg_values_supported“ als %1, ohne %2</translation>
    </message>
    <message>
        <source>The discovery metadata at %1 could not be read: %2</source>
        <translation>Die Discovery-Metadaten unter %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The discovery metadata at %1 answered HTTP %2; is %3 the issuer?</source>
        <translation>Die Discovery-Metadaten unter %1 antworteten mit HTTP %2; ist %3 der Aussteller?</translation>
    </message>
</context>
<context>
    <name>authdeck::EndpointPins</name>
    <message>
        <source>%1: new, %2</source>
        <translation>%1: neu, %2</translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <translation>%1: bisher %2, jetzt %3</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>revocation endpoint</source>
        <translation>Widerrufsendpunkt</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>verification call</source>
        <translation>Verifizierungsaufruf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is held because its endpoints changed (%2). Nothing was sent. Check the change, then approve it with: %3</source>
        <translation>%1 ist blockiert, weil sich die Endpunkte geändert haben (%2). Es wurde nichts gesendet. Prüfen Sie die Änderung und genehmigen Sie sie dann mit: %3</translation>
    </message>
</context>
<context>
    <name>authdeck::Engine</name>
    <message>
        <source>The encrypted vault needs its passphrase (--vault-passphrase-file F).</source>
        <translation>Der verschlüsselte Tresor benötigt seine Passphrase (--vault-passphrase-file F).</translation>
    </message>
    <message>
        <source>This profile belongs to the team &quot;%1&quot;, whose key is kept in the keychain; open it without --secret-store vault.</source>
        <translation>Dieses Profil gehört zum Team &quot;%1&quot;, dessen Schlüssel im Schlüsselbund aufbewahrt wird; öffnen Sie es ohne --secret-store vault.</translation>
    </message>
</context>
<context>
    <name>authdeck::Error</name>
    <message>
        <source>%1 (the provider said: &quot;%2&quot;)</source>
        <translation>%1 (der Anbieter meldete: &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>authdeck::GoogleKeyFile</name>
    <message>
        <source>The service account key file is larger than 64 KiB; it is not a key file.</source>
        <translation>Die Dienstkonto-Schlüsseldatei ist größer als 64 KiB; sie ist keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The service account key file is not valid JSON (%1 at byte %2); it may be truncated.</source>
        <translation>Die Dienstkonto-Schlüsseldatei ist kein gültiges JSON (%1 bei Byte %2); sie ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The service account key file is not a JSON object.</source>
        <translation>Die Dienstkonto-Schlüsseldatei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The key file&apos;s &quot;type&quot; is &quot;%1&quot;, not &quot;service_account&quot;: download a service account&apos;s JSON key.</source>
        <translation>&quot;type&quot; der Schlüsseldatei ist &quot;%1&quot;, nicht &quot;service_account&quot;: Laden Sie den JSON-Schlüssel eines Dienstkontos herunter.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;client_email&quot; is not an e-mail address.</source>
        <translation>In der Dienstkonto-Schlüsseldatei ist &quot;client_email&quot; keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;private_key&quot;.</source>
        <translation>Der Dienstkonto-Schlüsseldatei fehlt &quot;private_key&quot;.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;private_key&quot; is not a PEM private key.</source>
        <translation>In der Dienstkonto-Schlüsseldatei ist &quot;private_key&quot; kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;token_uri&quot; is not a URL.</source>
        <translation>In der Dienstkonto-Schlüsseldatei ist &quot;token_uri&quot; keine URL.</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;%1&quot;.</source>
        <translation>Der Dienstkonto-Schlüsseldatei fehlt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;%1&quot; is not a string.</source>
        <translation>In der Dienstkonto-Schlüsseldatei ist &quot;%1&quot; keine Zeichenkette.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;%1&quot; is empty.</source>
        <translation>In der Dienstkonto-Schlüsseldatei ist &quot;%1&quot; leer.</translation>
    </message>
</context>
<context>
    <name>authdeck::HttpCall</name>
    <message>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>The header field &quot;%1&quot; for %2 is malformed.</source>
        <translation>Das Header-Feld &quot;%1&quot; für %2 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request to %1 took longer than %2 seconds and was stopped.</source>
        <translation>Die Anfrage an %1 dauerte länger als %2 Sekunden und wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2; AuthDeck stopped reading it.</source>
        <translation>%1 hat eine Antwort größer als %2 gesendet; AuthDeck hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and that the server is running.</source>
        <translation>%1 hat die Verbindung abgelehnt; prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die vollständige Antwort eintraf.</translation>
    </message>
    <message>
        <source>%1 closed the connection without a valid answer.</source>
        <translation>%1 hat die Verbindung ohne gültige Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found; check the name and the network connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden; prüfen Sie den Namen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times.</source>
        <translation>%1 hat die Anfrage zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server; AuthDeck does not follow that.</source>
        <translation>%1 hat die Anfrage an einen anderen Server umgeleitet; AuthDeck folgt dem nicht.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist.</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1: %2</source>
        <translation>Der Proxy ist beim Verbinden mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>Keine Kommunikation mit %1 möglich: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 %2) is not the one an administrator trusted for it; the connection was refused.</source>
        <translation>Das Zertifikat von %1 (SHA-256 %2) ist nicht das, dem ein Administrator dafür vertraut hat; die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 (certificate SHA-256 %3).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2 (Zertifikat SHA-256 %3).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>AuthDeck did not send the request to %1: that server is not one of the endpoints pinned for this connection.</source>
        <translation>AuthDeck hat die Anfrage nicht an %1 gesendet: Dieser Server gehört nicht zu den für diese Verbindung fixierten Endpunkten.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 (certificate SHA-256 %3). Trusting a certificate does not excuse that.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2 (Zertifikat SHA-256 %3). Das Vertrauen in ein Zertifikat hebt diesen Fehler nicht auf.</translation>
    </message>
    <message>
        <source>The certificate trusted for it in Settings is not used: %1</source>
        <translation>Das dafür in den Einstellungen als vertrauenswürdig eingestufte Zertifikat wird nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::HttpClient</name>
    <message>
        <source>No rule allows a trusted certificate here.</source>
        <translation>Keine Regel erlaubt hier ein vertrauenswürdiges Zertifikat.</translation>
    </message>
</context>
<context>
    <name>authdeck::IdentityCall</name>
    <message>
        <source>%1 refused the access token (HTTP 401): it expired or was revoked.</source>
        <translation>%1 hat das Zugriffstoken abgelehnt (HTTP 401): Es ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>%1 does not let this account act as that user (HTTP 403): the app needs &quot;Perform actions as users&quot; and an admin or service account token.</source>
        <translation>%1 erlaubt diesem Konto nicht, als dieser Benutzer zu handeln (HTTP 403): Die App benötigt &quot;Perform actions as users&quot; und ein Admin- oder Dienstkonto-Token.</translation>
    </message>
    <message>
        <source>%1 refused the verification call (HTTP 403): the app may lack the scope to read the user&apos;s identity.</source>
        <translation>%1 hat den Verifizierungsaufruf abgelehnt (HTTP 403): Der App fehlt möglicherweise die Berechtigung, die Identität des Benutzers zu lesen.</translation>
    </message>
    <message>
        <source>%1 could not answer the verification call (HTTP %2); try again later.</source>
        <translation>%1 konnte den Verifizierungsaufruf nicht beantworten (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered the verification call with HTTP %2.</source>
        <translation>%1 hat den Verifizierungsaufruf mit HTTP %2 beantwortet.</translation>
    </message>
    <message>
        <source>%1 answered the verification call with something that is not JSON.</source>
        <translation>%1 hat den Verifizierungsaufruf mit etwas beantwortet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>%1 answered the verification call without naming the account.</source>
        <translation>%1 hat den Verifizierungsaufruf beantwortet, ohne das Konto zu nennen.</translation>
    </message>
</context>
<context>
    <name>authdeck::JwtAssertion</name>
    <message>
        <source>the Public Key ID</source>
        <translation>die Public-Key-ID</translation>
    </message>
    <message>
        <source>the client ID</source>
        <translation>die Client-ID</translation>
    </message>
    <message>
        <source>the service account&apos;s client email</source>
        <translation>die Client-E-Mail des Dienstkontos</translation>
    </message>
    <message>
        <source>the enterprise ID or user ID</source>
        <translation>die Enterprise-ID oder Benutzer-ID</translation>
    </message>
    <message>
        <source>a subject (enterprise or user)</source>
        <translation>ein Subjekt (Unternehmen oder Benutzer)</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>the token URL</source>
        <translation>die Token-URL</translation>
    </message>
    <message>
        <source>Signing an assertion needs the private key.</source>
        <translation>Zum Signieren einer Assertion wird der private Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>The provider accepts the signing algorithms %1, not %2.</source>
        <translation>Der Anbieter akzeptiert die Signaturalgorithmen %1, nicht %2.</translation>
    </message>
    <message>
        <source>The assertion&apos;s &quot;%1&quot; needs %2, which the app registration does not have.</source>
        <translation>&quot;%1&quot; der Assertion erfordert %2, was die App-Registrierung nicht hat.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has no enterprise ID: import its config.json again or register it with the enterprise ID, or name the enterprise as enterprise:ID.</source>
        <translation>Die App &quot;%1&quot; hat keine Enterprise-ID: Importieren Sie ihre config.json erneut oder registrieren Sie sie mit der Enterprise-ID, oder geben Sie das Unternehmen als enterprise:ID an.</translation>
    </message>
    <message>
        <source>Give the enterprise as enterprise:ID with its numeric enterprise ID, for example enterprise:900001.</source>
        <translation>Geben Sie das Unternehmen als enterprise:ID mit seiner numerischen Enterprise-ID an, zum Beispiel enterprise:900001.</translation>
    </message>
    <message>
        <source>Give the user as user:ID, for example user:123.</source>
        <translation>Geben Sie den Benutzer als user:ID an, zum Beispiel user:123.</translation>
    </message>
    <message>
        <source>Unknown subject &quot;%1&quot;: use enterprise, enterprise:ID or user:ID.</source>
        <translation>Unbekanntes Subjekt &quot;%1&quot;: Verwenden Sie enterprise, enterprise:ID oder user:ID.</translation>
    </message>
    <message>
        <source>The subject&apos;s ID is not valid.</source>
        <translation>Die ID des Subjekts ist ungültig.</translation>
    </message>
    <message>
        <source>This app cannot act for the subject type &quot;%1&quot;; it accepts: %2.</source>
        <translation>Diese App kann nicht für den Subjekttyp &quot;%1&quot; handeln; sie akzeptiert: %2.</translation>
    </message>
</context>
<context>
    <name>authdeck::KeychainProfileKey</name>
    <message>
        <source>The keychain entry %1 does not hold an AuthDeck profile key.</source>
        <translation>Der Schlüsselbund-Eintrag %1 enthält keinen AuthDeck-Profilschlüssel.</translation>
    </message>
    <message>
        <source>The key of this profile is missing from the keychain (entry %1), so its secrets cannot be read. Restore the keychain, or move the profile&apos;s database away and connect its accounts again.</source>
        <translation>Der Schlüssel dieses Profils fehlt im Schlüsselbund (Eintrag %1), daher können seine Geheimnisse nicht gelesen werden. Stellen Sie den Schlüsselbund wieder her, oder verschieben Sie die Datenbank des Profils an einen anderen Ort und verbinden Sie seine Konten erneut.</translation>
    </message>
    <message>
        <source>The profile key in the keychain (entry %1) does not open the profile database %2: the entry was replaced or the database belongs to another key. Nothing was read or changed.</source>
        <translation>Der Profilschlüssel im Schlüsselbund (Eintrag %1) öffnet die Profildatenbank %2 nicht: Der Eintrag wurde ersetzt oder die Datenbank gehört zu einem anderen Schlüssel. Es wurde nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <source>The team key is missing from this machine&apos;s keychain (entry %1), so the team&apos;s secrets cannot be read. Ask a member for an invite and run &quot;authdeck-cli team join INVITE&quot; again.</source>
        <translation>Der Teamschlüssel fehlt im Schlüsselbund dieses Computers (Eintrag %1), daher können die Geheimnisse des Teams nicht gelesen werden. Bitten Sie ein Mitglied um eine Einladung und führen Sie &quot;authdeck-cli team join INVITE&quot; erneut aus.</translation>
    </message>
</context>
<context>
    <name>authdeck::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>Schlüsselbund des Systems (Secret Service)</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1). If it is asking to be unlocked, unlock it and try again.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet (%1). Falls er entsperrt werden möchte, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and allow AuthDeck to use it, then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und erlauben Sie AuthDeck die Nutzung, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). AuthDeck keeps secrets only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet, or choose the encrypted vault explicitly with --secret-store vault.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). AuthDeck speichert Geheimnisse nur im Schlüsselbund des Systems: Starten Sie einen Secret Service wie GNOME Keyring oder KWallet, oder wählen Sie ausdrücklich den verschlüsselten Tresor mit --secret-store vault.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret; it may be locked (%1). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat das Speichern des Geheimnisses verweigert; er ist möglicherweise gesperrt (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>A keychain entry of AuthDeck is incomplete (a part is missing).</source>
        <translation>Ein Schlüsselbund-Eintrag von AuthDeck ist unvollständig (ein Teil fehlt).</translation>
    </message>
    <message>
        <source>Secrets are kept in the %1.</source>
        <translation>Geheimnisse werden hier aufbewahrt: %1.</translation>
    </message>
</context>
<context>
    <name>authdeck::KeysConnect</name>
    <message>
        <source>Unknown provider &quot;%1&quot;. Run &quot;authdeck-cli providers&quot; to see the providers AuthDeck knows.</source>
        <translation>Unbekannter Anbieter &quot;%1&quot;. Führen Sie &quot;authdeck-cli providers&quot; aus, um die Anbieter zu sehen, die AuthDeck kennt.</translation>
    </message>
    <message>
        <source>%1 does not connect with access keys.</source>
        <translation>%1 verbindet sich nicht mit Zugriffsschlüsseln.</translation>
    </message>
    <message>
        <source>An access key ID is required (--access-key-id).</source>
        <translation>Eine Zugriffsschlüssel-ID ist erforderlich (--access-key-id).</translation>
    </message>
    <message>
        <source>The secret access key is empty.</source>
        <translation>Der geheime Zugriffsschlüssel ist leer.</translation>
    </message>
</context>
<context>
    <name>authdeck::LocalHttpServer</name>
    <message>
        <source>The local server listens only on a loopback address, not on %1.</source>
        <translation>Der lokale Server lauscht nur auf einer Loopback-Adresse, nicht auf %1.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>authdeck::LoopbackReplyHandler</name>
    <message>
        <source>The redirect port %1 on 127.0.0.1 is in use by another program (%2); close it or choose another port for the app registration.</source>
        <translation>Der Weiterleitungsport %1 auf 127.0.0.1 wird von einem anderen Programm verwendet (%2); schließen Sie es oder wählen Sie einen anderen Port für die App-Registrierung.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in on 127.0.0.1: %1</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Anmeldung gewartet werden: %1</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <source>The sign-in answer repeats the parameter &quot;%1&quot;; it was refused.</source>
        <translation>Die Anmeldeantwort wiederholt den Parameter &quot;%1&quot;; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to the sign-in AuthDeck started (its state does not match); it was refused. Start the sign-in again.</source>
        <translation>Die Anmeldeantwort gehört nicht zu der von AuthDeck gestarteten Anmeldung (ihr state stimmt nicht überein); sie wurde abgelehnt. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer comes from a different authorization server (&quot;%1&quot; instead of &quot;%2&quot;); it was refused.</source>
        <translation>Die Anmeldeantwort stammt von einem anderen Autorisierungsserver (&quot;%1&quot; statt &quot;%2&quot;); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The sign-in answer names another authorization server (&quot;%1&quot;); it was refused.</source>
        <translation>Die Anmeldeantwort nennt einen anderen Autorisierungsserver (&quot;%1&quot;); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Access was denied: the sign-in at %1 was declined.</source>
        <translation>Der Zugriff wurde verweigert: Die Anmeldung bei %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in answer has no authorization code.</source>
        <translation>Die Anmeldeantwort enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in answer&apos;s authorization code is implausibly long.</source>
        <translation>Der Autorisierungscode der Anmeldeantwort ist unplausibel lang.</translation>
    </message>
    <message>
        <source>This sign-in is already finished</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>AuthDeck accepts one answer per sign-in. You can close this tab.</source>
        <translation>AuthDeck akzeptiert eine Antwort pro Anmeldung. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>AuthDeck is still working</source>
        <translation>AuthDeck arbeitet noch</translation>
    </message>
    <message>
        <source>AuthDeck is still finishing the connection. Return to AuthDeck to see whether it succeeded; you can close this tab.</source>
        <translation>AuthDeck schließt die Verbindung noch ab. Kehren Sie zu AuthDeck zurück, um zu sehen, ob sie erfolgreich war; Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>AuthDeck stopped before the connection was finished. Start the sign-in again in AuthDeck.</source>
        <translation>AuthDeck wurde beendet, bevor die Verbindung abgeschlossen war. Starten Sie die Anmeldung in AuthDeck erneut.</translation>
    </message>
    <message>
        <source>This is not the sign-in AuthDeck is waiting for</source>
        <translation>Dies ist nicht die Anmeldung, auf die AuthDeck wartet</translation>
    </message>
    <message>
        <source>The address does not carry the sign-in AuthDeck started, so it was ignored. To sign in, use the address AuthDeck shows, or start the sign-in again in AuthDeck.</source>
        <translation>Die Adresse gehört nicht zu der von AuthDeck gestarteten Anmeldung und wurde daher ignoriert. Verwenden Sie zum Anmelden die Adresse, die AuthDeck anzeigt, oder starten Sie die Anmeldung in AuthDeck erneut.</translation>
    </message>
    <message>
        <source>AuthDeck has finished the connection. You can close this tab and return to AuthDeck.</source>
        <translation>AuthDeck hat die Verbindung abgeschlossen. Sie können diesen Tab schließen und zu AuthDeck zurückkehren.</translation>
    </message>
    <message>
        <source>%1 Return to AuthDeck to try again.</source>
        <translation>%1 Kehren Sie zu AuthDeck zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The answer to the admin consent request does not say that consent was granted (admin_consent=True and a tenant).</source>
        <translation>Die Antwort auf die Anfrage zur Administratorzustimmung besagt nicht, dass zugestimmt wurde (admin_consent=True und ein Mandant).</translation>
    </message>
</context>
<context>
    <name>authdeck::OAuthConnectJob</name>
    <message>
        <source>The app &quot;%1&quot; is not an OAuth 2.0 app registration.</source>
        <translation>Die App &quot;%1&quot; ist keine OAuth 2.0-App-Registrierung.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Warten auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>Die Verbindung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Exchanging the authorization code…</source>
        <translation>Autorisierungscode wird eingelöst…</translation>
    </message>
    <message>
        <source>Checking who signed in…</source>
        <translation>Angemeldete Identität wird geprüft…</translation>
    </message>
    <message>
        <source>The app registration changed during the sign-in.</source>
        <translation>Die App-Registrierung hat sich während der Anmeldung geändert.</translation>
    </message>
    <message>
        <source>Saving the account in the keychain…</source>
        <translation>Konto wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>, enterprise %1</source>
        <translation>, Unternehmen %1</translation>
    </message>
    <message>
        <source>The browser signed in as %1, but the account &quot;%2&quot; is %3. Nothing was changed. Sign out of %4 in the browser and sign in as the account&apos;s user, or allow another identity (--allow-other-identity).</source>
        <translation>Der Browser hat sich als %1 angemeldet, aber das Konto &quot;%2&quot; ist %3. Es wurde nichts geändert. Melden Sie sich im Browser von %4 ab und als Benutzer des Kontos an, oder erlauben Sie eine andere Identität (--allow-other-identity).</translation>
    </message>
    <message>
        <source>%1 already has the account &quot;%2&quot; with the app &quot;%3&quot;. Sign it in again with &quot;authdeck-cli reconnect %2&quot;, or replace it with --replace &quot;%2&quot;.</source>
        <translation>%1 hat bereits das Konto &quot;%2&quot; mit der App &quot;%3&quot;. Melden Sie es mit &quot;authdeck-cli reconnect %2&quot; erneut an oder ersetzen Sie es mit --replace &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--replace &quot;%1&quot;: the browser signed in as %2, who has no account with the app &quot;%3&quot;. Nothing was changed.</source>
        <translation>--replace &quot;%1&quot;: Der Browser hat sich als %2 angemeldet, der kein Konto mit der App &quot;%3&quot; hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>AuthDeck connected &quot;%1&quot;. You can close this tab and return to AuthDeck.</source>
        <translation>AuthDeck hat &quot;%1&quot; verbunden. Sie können diesen Tab schließen und zu AuthDeck zurückkehren.</translation>
    </message>
    <message>
        <source>Your organization&apos;s policy does not allow signing in with a code on another device (device_flow is false); sign in in a browser instead.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt keine Anmeldung mit einem Code auf einem anderen Gerät (device_flow ist false); melden Sie sich stattdessen im Browser an.</translation>
    </message>
    <message>
        <source>%1 offers no device authorization endpoint for the app &quot;%2&quot;; sign in in a browser instead (without --device).</source>
        <translation>%1 bietet für die App „%2“ keinen Endpunkt zur Geräteautorisierung; melden Sie sich stattdessen im Browser an (ohne --device).</translation>
    </message>
    <message>
        <source>Waiting for the code %1 to be entered at %2…</source>
        <translation>Warte darauf, dass der Code %1 unter %2 eingegeben wird …</translation>
    </message>
</context>
<context>
    <name>authdeck::OAuthSignIn</name>
    <message>
        <source>No sign-in arrived within %1 seconds; the sign-in was stopped. Start it again, or paste the address the browser was sent to.</source>
        <translation>Innerhalb von %1 Sekunden ist keine Anmeldung eingegangen; die Anmeldung wurde gestoppt. Starten Sie sie erneut, oder fügen Sie die Adresse ein, an die der Browser weitergeleitet wurde.</translation>
    </message>
    <message>
        <source>The authorization URL could not be built.</source>
        <translation>Die Autorisierungs-URL konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The pasted address is not a valid sign-in answer.</source>
        <translation>Die eingefügte Adresse ist keine gültige Anmeldeantwort.</translation>
    </message>
    <message>
        <source>Paste the whole address the browser was sent to, or the code.</source>
        <translation>Fügen Sie die vollständige Adresse ein, an die der Browser weitergeleitet wurde, oder den Code.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation>
            <numerusform>%n Antwort, die nicht zu dieser Anmeldung gehörte (falscher oder fehlender state), wurde ignoriert.</numerusform>
            <numerusform>%n Antworten, die nicht zu dieser Anmeldung gehörten (falscher oder fehlender state), wurden ignoriert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdeck::PasswordConnect</name>
    <message>
        <source>%1 does not sign in with a user name and password.</source>
        <translation>%1 meldet sich nicht mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (invalid_grant).</source>
        <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt (invalid_grant).</translation>
    </message>
    <message>
        <source>The provider left the catalog meanwhile.</source>
        <translation>Der Anbieter wurde inzwischen aus dem Katalog entfernt.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Run &quot;authdeck-cli providers&quot; to see the providers AuthDeck knows.</source>
        <translation>Unbekannter Anbieter &quot;%1&quot;. Führen Sie &quot;authdeck-cli providers&quot; aus, um die Anbieter zu sehen, die AuthDeck kennt.</translation>
    </message>
    <message>
        <source>A user name is required (--username).</source>
        <translation>Ein Benutzername ist erforderlich (--username).</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not a %2 password-grant or OAuth 2.0 app registration.</source>
        <translation>Die App &quot;%1&quot; ist keine App-Registrierung für %2 mit Password Grant oder OAuth 2.0.</translation>
    </message>
    <message>
        <source>%1&apos;s password grant needs the client ID of an app registration: add one with &quot;authdeck-cli apps add --provider %2 --scheme password --client-id ID&quot;, then connect again.</source>
        <translation>Der Password Grant von %1 benötigt die Client-ID einer App-Registrierung: Fügen Sie eine mit &quot;authdeck-cli apps add --provider %2 --scheme password --client-id ID&quot; hinzu und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Several %1 app registrations could send the password grant; choose one with --app NAME.</source>
        <translation>Mehrere App-Registrierungen für %1 könnten den Password Grant senden; wählen Sie eine mit --app NAME.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is for %2 = %3, not %4.</source>
        <translation>Die App &quot;%1&quot; ist für %2 = %3, nicht für %4.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 hat keine Einstellung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 runs on your own server: give its host with --host (for example %2).</source>
        <translation>%1 läuft auf Ihrem eigenen Server: Geben Sie den Host mit --host an (zum Beispiel %2).</translation>
    </message>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 benötigt einen Wert für &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>%1 has no token URL for the password grant.</source>
        <translation>%1 hat keine Token-URL für den Password Grant.</translation>
    </message>
    <message>
        <source>verification URL</source>
        <translation>Verifizierungs-URL</translation>
    </message>
</context>
<context>
    <name>authdeck::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a writable folder.</source>
        <translation>Der Profilordner %1 ist kein beschreibbarer Ordner.</translation>
    </message>
    <message>
        <source>%1 in the profile belongs to another user (uid %2); AuthDeck uses only a profile that belongs to you. Move it away, or fix its owner.</source>
        <translation>%1 im Profil gehört einem anderen Benutzer (uid %2); AuthDeck verwendet nur ein Profil, das Ihnen gehört. Verschieben Sie es an einen anderen Ort oder korrigieren Sie den Eigentümer.</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users (mode %2); AuthDeck keeps a profile private. Run: chmod -R go-rwx &apos;%3&apos;</source>
        <translation>%1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2); AuthDeck hält ein Profil privat. Führen Sie aus: chmod -R go-rwx &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>authdeck::ProfileDatabase</name>
    <message>
        <source>A copy of an earlier state is kept as %1; to go back to it, move the damaged file away and run: cp &apos;%1&apos; &apos;%2&apos;</source>
        <translation>Eine Kopie eines früheren Stands liegt unter %1; um dorthin zurückzukehren, verschieben Sie die beschädigte Datei an einen anderen Ort und führen Sie aus: cp &apos;%1&apos; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Move the file away to start with an empty profile (its accounts must then be connected again).</source>
        <translation>Verschieben Sie die Datei an einen anderen Ort, um mit einem leeren Profil zu beginnen (seine Konten müssen dann erneut verbunden werden).</translation>
    </message>
    <message>
        <source>The profile database %1 cannot be used: %2. It was left as it is. %3</source>
        <translation>Die Profildatenbank %1 kann nicht verwendet werden: %2. Sie wurde unverändert belassen. %3</translation>
    </message>
    <message>
        <source>The profile %1 is in use by another AuthDeck process that does not let go; try again. Nothing was changed.</source>
        <translation>Das Profil %1 wird von einem anderen AuthDeck-Prozess verwendet, der es nicht freigibt; versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1)</source>
        <translation>sie ist beschädigt oder keine Datenbank (%1)</translation>
    </message>
    <message>
        <source>Cannot save the profile %1: no space left on device or a file size limit reached (%2). Nothing was changed.</source>
        <translation>Das Profil %1 kann nicht gespeichert werden: Kein Speicherplatz mehr auf dem Gerät oder eine Dateigrößenbeschränkung wurde erreicht (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write in the profile folder %1 (is the disk full or the folder read-only?). Nothing was changed.</source>
        <translation>Im Profilordner %1 kann nicht geschrieben werden (ist der Datenträger voll oder der Ordner schreibgeschützt?). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The profile database %1 failed while %2: %3</source>
        <translation>Fehler in der Profildatenbank %1 beim %2: %3</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>AuthDeck cannot open its profile database: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>AuthDeck kann seine Profildatenbank nicht öffnen: Der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>it is not an AuthDeck profile database</source>
        <translation>sie ist keine AuthDeck-Profildatenbank</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>ihre Schemaversion fehlt</translation>
    </message>
    <message>
        <source>The profile database %1 was written by a newer AuthDeck (schema version %2); update AuthDeck to use it. It was left as it is.</source>
        <translation>Die Profildatenbank %1 wurde von einer neueren AuthDeck-Version geschrieben (Schemaversion %2); aktualisieren Sie AuthDeck, um sie zu verwenden. Sie wurde unverändert belassen.</translation>
    </message>
    <message>
        <source>The profile database %1 belongs to another profile (it was made for a folder elsewhere); AuthDeck does not use it here. It was left as it is: move it back, or move it away to start this profile afresh.</source>
        <translation>Die Profildatenbank %1 gehört zu einem anderen Profil (sie wurde für einen Ordner an einem anderen Ort erstellt); AuthDeck verwendet sie hier nicht. Sie wurde unverändert belassen: Verschieben Sie sie zurück, oder verschieben Sie sie an einen anderen Ort, um dieses Profil neu zu beginnen.</translation>
    </message>
    <message>
        <source>a row of its %1 is not valid</source>
        <translation>eine Zeile ihrer Tabelle %1 ist ungültig</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>reading a secret</source>
        <translation>Lesen eines Geheimnisses</translation>
    </message>
    <message>
        <source>saving a secret</source>
        <translation>Speichern eines Geheimnisses</translation>
    </message>
    <message>
        <source>deleting a secret</source>
        <translation>Löschen eines Geheimnisses</translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer AuthDeck (team schema version %2); update AuthDeck on this machine to use it. Nothing was changed.</source>
        <translation>Die Teamdatenbank %1 wurde von einer neueren AuthDeck-Version eingerichtet (Team-Schemaversion %2); aktualisieren Sie AuthDeck auf diesem Computer, um sie zu verwenden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team database %1 belongs to another team (&quot;%2&quot;), not to the team this profile is bound to. Nothing was changed: check the database URL, or join that team with its own invite.</source>
        <translation>Die Teamdatenbank %1 gehört zu einem anderen Team (&quot;%2&quot;), nicht zu dem Team, an das dieses Profil gebunden ist. Es wurde nichts geändert: Prüfen Sie die Datenbank-URL, oder treten Sie diesem Team mit seiner eigenen Einladung bei.</translation>
    </message>
    <message>
        <source>AuthDeck cannot reach its team database: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>AuthDeck kann seine Teamdatenbank nicht erreichen: Der PostgreSQL-Treiber von Qt fehlt (installieren Sie libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The database %1 holds no AuthDeck team (it has no schema &quot;authdeck&quot; made by &quot;authdeck-cli team create&quot;). Nothing was changed: check the database URL.</source>
        <translation>Die Datenbank %1 enthält kein AuthDeck-Team (sie hat kein mit &quot;authdeck-cli team create&quot; angelegtes Schema &quot;authdeck&quot;). Es wurde nichts geändert: Prüfen Sie die Datenbank-URL.</translation>
    </message>
    <message>
        <source>The team database %1 refused this machine&apos;s password. Nothing was changed: put the right one in ~/.pgpass, or give it again with --database-password-file F.</source>
        <translation>Die Teamdatenbank %1 hat das Passwort dieses Computers abgelehnt. Es wurde nichts geändert: Tragen Sie das richtige in ~/.pgpass ein, oder geben Sie es erneut mit --database-password-file F an.</translation>
    </message>
    <message>
        <source>The database named in %1 does not exist on that server. Nothing was changed: check the URL, or ask its administrator to create it.</source>
        <translation>Die in %1 genannte Datenbank existiert auf diesem Server nicht. Es wurde nichts geändert: Prüfen Sie die URL, oder bitten Sie den Administrator des Servers, sie anzulegen.</translation>
    </message>
    <message>
        <source>The database user of %1 may not do this (%2): it has a server&apos;s rights, which use tokens but do not change apps or accounts. Nothing was changed; ask a team admin.</source>
        <translation>Der Datenbankbenutzer von %1 darf dies nicht tun (%2): Er hat die Rechte eines Servers, die Token verwenden, aber keine Apps oder Konten ändern. Es wurde nichts geändert; wenden Sie sich an einen Team-Administrator.</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached (%2). Nothing was changed, and no local copy is used in its place: check the network and the database server, then try again.</source>
        <translation>Die Teamdatenbank %1 ist nicht erreichbar (%2). Es wurde nichts geändert, und an ihrer Stelle wird keine lokale Kopie verwendet: Prüfen Sie das Netzwerk und den Datenbankserver, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The team database %1 was busy with another member&apos;s change; try again. Nothing was changed.</source>
        <translation>Die Teamdatenbank %1 war mit der Änderung eines anderen Mitglieds beschäftigt; versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team database %1 failed while %2: %3</source>
        <translation>Fehler in der Teamdatenbank %1 beim %2: %3</translation>
    </message>
    <message>
        <source>The database %1 already holds an AuthDeck team. Nothing was changed: join it with an invite from one of its members (authdeck-cli team join), or use another database.</source>
        <translation>Die Datenbank %1 enthält bereits ein AuthDeck-Team. Es wurde nichts geändert: Treten Sie ihm mit einer Einladung eines seiner Mitglieder bei (authdeck-cli team join), oder verwenden Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>locking an account</source>
        <translation>Sperren eines Kontos</translation>
    </message>
</context>
<context>
    <name>authdeck::ProfileMigration</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged; it was left as it is.</source>
        <translation>Die Profildatei %1 ist beschädigt; sie wurde unverändert belassen.</translation>
    </message>
    <message>
        <source>No profile database to move into.</source>
        <translation>Keine Profildatenbank vorhanden, in die überführt werden kann.</translation>
    </message>
    <message>
        <source>The profile could not be moved into its database; nothing was changed and AuthDeck will try again next time. %1</source>
        <translation>Das Profil konnte nicht in seine Datenbank überführt werden; es wurde nichts geändert, und AuthDeck versucht es beim nächsten Mal erneut. %1</translation>
    </message>
</context>
<context>
    <name>authdeck::ProfileStore</name>
    <message>
        <source>The profile %1 is from an earlier AuthDeck and has not been moved into its database yet.</source>
        <translation>Das Profil %1 stammt aus einer früheren AuthDeck-Version und wurde noch nicht in seine Datenbank überführt.</translation>
    </message>
    <message>
        <source>%1: an app registration has an id that is not valid.</source>
        <translation>%1: Eine App-Registrierung hat eine ungültige ID.</translation>
    </message>
    <message>
        <source>%1: an account has an id that is not valid.</source>
        <translation>%1: Ein Konto hat eine ungültige ID.</translation>
    </message>
    <message>
        <source>Cannot save the profile %1: no space left on device. Nothing was changed.</source>
        <translation>Das Profil %1 kann nicht gespeichert werden: Kein Speicherplatz mehr auf dem Gerät. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Another member of the team is renewing this account and does not finish; try again.</source>
        <translation>Ein anderes Mitglied des Teams erneuert gerade dieses Konto und wird damit nicht fertig; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>authdeck::ProviderCatalog</name>
    <message>
        <source>%1: cannot be read (%2); skipped.</source>
        <translation>%1: kann nicht gelesen werden (%2); übersprungen.</translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 KB; skipped.</source>
        <translation>%1: Die Datei ist größer als 256 KB; übersprungen.</translation>
    </message>
    <message>
        <source>%1; skipped.</source>
        <translation>%1; übersprungen.</translation>
    </message>
    <message>
        <source>%1 would replace the built-in provider &quot;%2&quot;, but your organization&apos;s policy (%3) allows providers with their built-in endpoints only; the file is ignored.</source>
        <translation>%1 würde den integrierten Anbieter &quot;%2&quot; ersetzen, aber die Richtlinie Ihrer Organisation (%3) erlaubt Anbieter nur mit ihren integrierten Endpunkten; die Datei wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>authdeck::ProviderParser</name>
    <message>
        <source>the file is larger than 256 KB</source>
        <translation>die Datei ist größer als 256 KB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is required and must be 1</source>
        <translation>ist erforderlich und muss 1 sein</translation>
    </message>
    <message>
        <source>must be 2 to 40 lower-case letters, digits or dashes</source>
        <translation>muss aus 2 bis 40 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits or underscores</source>
        <translation>muss aus Kleinbuchstaben, Ziffern oder Unterstrichen bestehen</translation>
    </message>
    <message>
        <source>must be hostname or text</source>
        <translation>muss hostname oder text sein</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>wird zweimal verwendet</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>repeats the scope &quot;%1&quot;</source>
        <translation>wiederholt die Berechtigung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must offer at least one scheme</source>
        <translation>muss mindestens ein Verfahren anbieten</translation>
    </message>
    <message>
        <source>must be rfc7009 or none</source>
        <translation>muss rfc7009 oder none sein</translation>
    </message>
    <message>
        <source>is required for rfc7009 revocation</source>
        <translation>ist für den Widerruf nach rfc7009 erforderlich</translation>
    </message>
    <message>
        <source>must be a space or a comma</source>
        <translation>muss ein Leerzeichen oder ein Komma sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is set by AuthDeck and must not be given</source>
        <translation>wird von AuthDeck gesetzt und darf nicht angegeben werden</translation>
    </message>
    <message>
        <source>supports RS256, RS384 and RS512 only</source>
        <translation>unterstützt nur RS256, RS384 und RS512</translation>
    </message>
    <message>
        <source>must be box-config or google-service-account</source>
        <translation>muss box-config oder google-service-account sein</translation>
    </message>
    <message>
        <source>must not exceed max_lifetime</source>
        <translation>darf max_lifetime nicht überschreiten</translation>
    </message>
    <message>
        <source>must be aws-sigv4</source>
        <translation>muss aws-sigv4 sein</translation>
    </message>
    <message>
        <source>names a scheme this provider does not offer</source>
        <translation>nennt ein Verfahren, das dieser Anbieter nicht anbietet</translation>
    </message>
    <message>
        <source>is set by AuthDeck itself in the sign-in request and must not be given</source>
        <translation>wird von AuthDeck selbst in der Anmeldeanfrage gesetzt und darf nicht angegeben werden</translation>
    </message>
    <message>
        <source>is not a parameter name (letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos; only)</source>
        <translation>ist kein Parametername (nur Buchstaben, Ziffern, &apos;-&apos;, &apos;.&apos; und &apos;_&apos;)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation>ist keine gültige URL</translation>
    </message>
    <message>
        <source>must be an https URL (http only to a loopback address)</source>
        <translation>muss eine https-URL sein (http nur zu einer Loopback-Adresse)</translation>
    </message>
    <message>
        <source>has an unmatched brace</source>
        <translation>hat eine nicht geschlossene Klammer</translation>
    </message>
    <message>
        <source>uses the unknown placeholder {%1}</source>
        <translation>verwendet den unbekannten Platzhalter {%1}</translation>
    </message>
    <message>
        <source>must be a string, number or true/false</source>
        <translation>muss eine Zeichenkette, eine Zahl oder true/false sein</translation>
    </message>
    <message>
        <source>is not a valid regular expression</source>
        <translation>ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>repeats the field &quot;%1&quot;</source>
        <translation>wiederholt das Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be GET or POST</source>
        <translation>muss GET oder POST sein</translation>
    </message>
    <message>
        <source>must be json or xml</source>
        <translation>muss json oder xml sein</translation>
    </message>
    <message>
        <source>must be a field path such as &quot;user.email&quot;</source>
        <translation>muss ein Feldpfad wie &quot;user.email&quot; sein</translation>
    </message>
    <message>
        <source>must name at least one field</source>
        <translation>muss mindestens ein Feld nennen</translation>
    </message>
    <message>
        <source>reads the endpoints from the issuer: authorize_url and token_url must not be given as well</source>
        <translation>liest die Endpunkte vom Aussteller: authorize_url und token_url dürfen nicht zusätzlich angegeben werden</translation>
    </message>
    <message>
        <source>must be body, basic or private_key_jwt</source>
        <translation>muss body, basic oder private_key_jwt sein</translation>
    </message>
    <message>
        <source>is not an AuthDeck scope (%1)</source>
        <translation>ist keine AuthDeck-Berechtigung (%1)</translation>
    </message>
    <message>
        <source>must list at least one scope</source>
        <translation>muss mindestens eine Berechtigung aufführen</translation>
    </message>
    <message>
        <source>names the scope &quot;%1&quot;, which &quot;scopes&quot; does not list</source>
        <translation>nennt die Berechtigung &quot;%1&quot;, die &quot;scopes&quot; nicht aufführt</translation>
    </message>
</context>
<context>
    <name>authdeck::S3Verify</name>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must not have a query or fragment.</source>
        <translation>Der Endpunkt &quot;%1&quot; darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>%1 answered the signed request with something that is not XML.</source>
        <translation>%1 hat die signierte Anfrage mit etwas beantwortet, das kein XML ist.</translation>
    </message>
    <message>
        <source>%1 says the request signature does not match: the secret access key is wrong for the access key ID %2.</source>
        <translation>%1 meldet, dass die Anfragesignatur nicht übereinstimmt: Der geheime Zugriffsschlüssel passt nicht zur Zugriffsschlüssel-ID %2.</translation>
    </message>
    <message>
        <source>%1 does not know the access key ID %2: check it, or whether the key was deleted or deactivated.</source>
        <translation>%1 kennt die Zugriffsschlüssel-ID %2 nicht: Prüfen Sie sie, oder ob der Schlüssel gelöscht oder deaktiviert wurde.</translation>
    </message>
    <message>
        <source>%1 denied access to the key %2: its policy does not allow listing buckets (s3:ListAllMyBuckets).</source>
        <translation>%1 hat dem Schlüssel %2 den Zugriff verweigert: Seine Richtlinie erlaubt das Auflisten von Buckets nicht (s3:ListAllMyBuckets).</translation>
    </message>
    <message>
        <source>%1 refused the request because this computer&apos;s clock is off by more than 15 minutes; correct the clock and try again.</source>
        <translation>%1 hat die Anfrage abgelehnt, weil die Uhr dieses Computers um mehr als 15 Minuten abweicht; korrigieren Sie die Uhrzeit und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the signed request: %2 (is the region right?)</source>
        <translation>%1 hat die signierte Anfrage abgelehnt: %2 (ist die Region richtig?)</translation>
    </message>
    <message>
        <source>%1 could not answer the signed request (HTTP %2); try again later.</source>
        <translation>%1 konnte die signierte Anfrage nicht beantworten (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the signed request (HTTP %2).</source>
        <translation>%1 hat die signierte Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the signed request: %2 (HTTP %3).</source>
        <translation>%1 hat die signierte Anfrage abgelehnt: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 does not use access keys.</source>
        <translation>%1 verwendet keine Zugriffsschlüssel.</translation>
    </message>
</context>
<context>
    <name>authdeck::SandboxServer</name>
    <message>
        <source>There is no app with this client ID.</source>
        <translation>Es gibt keine App mit dieser Client-ID.</translation>
    </message>
</context>
<context>
    <name>authdeck::SandboxSession</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::Scheme</name>
    <message>
        <source>OAuth 2.0 sign-in</source>
        <translation>OAuth 2.0-Anmeldung</translation>
    </message>
    <message>
        <source>Server authentication (JWT)</source>
        <translation>Serverauthentifizierung (JWT)</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Basic-Authentifizierung</translation>
    </message>
</context>
<context>
    <name>authdeck::SecretChunker</name>
    <message>
        <source>A keychain entry of AuthDeck is damaged (%1).</source>
        <translation>Ein Schlüsselbund-Eintrag von AuthDeck ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation>Das Geheimnis ist zu groß für den Schlüsselbund (%1 Byte).</translation>
    </message>
</context>
<context>
    <name>authdeck::SecretCipher</name>
    <message>
        <source>A secret in the profile database is damaged.</source>
        <translation>Ein Geheimnis in der Profildatenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>A secret in the profile database fails its authentication check (it was changed, or moved from another row or profile); it was not used.</source>
        <translation>Ein Geheimnis in der Profildatenbank hat die Authentifizierungsprüfung nicht bestanden (es wurde geändert oder aus einer anderen Zeile oder einem anderen Profil verschoben); es wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>authdeck::SecretRecord</name>
    <message>
        <source>A keychain entry of AuthDeck is not readable.</source>
        <translation>Ein Schlüsselbund-Eintrag von AuthDeck ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>authdeck::ServerAuthMinter</name>
    <message>
        <source>%1 says this app is not authorized in your enterprise. Ask a %1 admin to open Admin Console → Integrations → Platform Apps Manager → Add App and paste the Client ID %2 (after any change of the app&apos;s scopes or access level: Reauthorize App).</source>
        <translation>%1 meldet, dass diese App in Ihrem Unternehmen nicht autorisiert ist. Bitten Sie einen %1-Administrator, Admin Console → Integrations → Platform Apps Manager → Add App zu öffnen und die Client-ID %2 einzufügen (nach jeder Änderung der Berechtigungen oder der Zugriffsebene der App: Reauthorize App).</translation>
    </message>
    <message>
        <source>%1 does not know the key that signed the assertion: check the Public Key ID (%2) and that its public key was added to the app.</source>
        <translation>%1 kennt den Schlüssel nicht, mit dem die Assertion signiert wurde: Prüfen Sie die Public-Key-ID (%2) und ob ihr öffentlicher Schlüssel zur App hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>%1 refused the subject (sub): check the enterprise ID (%2) or the user ID, and that the app is authorized in that enterprise.</source>
        <translation>%1 hat das Subjekt (sub) abgelehnt: Prüfen Sie die Enterprise-ID (%2) oder die Benutzer-ID und ob die App in diesem Unternehmen autorisiert ist.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>Die App &quot;%1&quot; verwendet den Anbieter &quot;%2&quot;, der nicht im Katalog ist.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up for %2.</source>
        <translation>Die App &quot;%1&quot; ist nicht für %2 eingerichtet.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has no private key in the keychain: import its config.json again.</source>
        <translation>Die App &quot;%1&quot; hat keinen privaten Schlüssel im Schlüsselbund: Importieren Sie ihre config.json erneut.</translation>
    </message>
    <message>
        <source>The private key stored for the app &quot;%1&quot; cannot be used: %2</source>
        <translation>Der für die App &quot;%1&quot; gespeicherte private Schlüssel kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>authdeck::ServerConnect</name>
    <message>
        <source>The app &quot;%1&quot; uses %2; --subject is for server authentication (JWT or client credentials).</source>
        <translation>Die App &quot;%1&quot; verwendet %2; --subject ist für Serverauthentifizierung (JWT oder Client Credentials).</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>Die App &quot;%1&quot; verwendet den Anbieter &quot;%2&quot;, der nicht im Katalog ist.</translation>
    </message>
    <message>
        <source>--confirm-admin is for org-wide access: use it with --subject enterprise or --subject enterprise:ID.</source>
        <translation>--confirm-admin ist für organisationsweiten Zugriff gedacht: Verwenden Sie es mit --subject enterprise oder --subject enterprise:ID.</translation>
    </message>
    <message>
        <source>%1 refused the admin account&apos;s token (HTTP %2): sign it in again.</source>
        <translation>%1 hat das Token des Administratorkontos abgelehnt (HTTP %2): Melden Sie es erneut an.</translation>
    </message>
    <message>
        <source>%1 did not say who the admin account is (HTTP %2).</source>
        <translation>%1 hat die Identität des Administratorkontos nicht mitgeteilt (HTTP %2).</translation>
    </message>
    <message>
        <source>--confirm-admin needs an account signed in with OAuth 2.0 at %1; &quot;%2&quot; is not one.</source>
        <translation>--confirm-admin benötigt ein Konto, das mit OAuth 2.0 bei %1 angemeldet ist; &quot;%2&quot; ist keines.</translation>
    </message>
    <message>
        <source>%1 says %2 (the account &quot;%3&quot;) is a &quot;%4&quot; of enterprise %5, not an admin or co-admin: org-wide access needs an admin&apos;s confirmation. Nothing was connected.</source>
        <translation>%1 meldet, dass %2 (das Konto &quot;%3&quot;) im Unternehmen %5 die Rolle &quot;%4&quot; hat und kein Administrator oder Co-Administrator ist: Organisationsweiter Zugriff erfordert die Bestätigung eines Administrators. Es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 says %2 (the account &quot;%3&quot;) is an admin of enterprise %4, not of enterprise %5. Nothing was connected.</source>
        <translation>%1 meldet, dass %2 (das Konto &quot;%3&quot;) Administrator des Unternehmens %4 ist, nicht des Unternehmens %5. Es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; already has the account &quot;%2&quot; for %3 %4; use it, or replace it with --replace &quot;%2&quot;.</source>
        <translation>Die App &quot;%1&quot; hat bereits das Konto &quot;%2&quot; für %3 %4; verwenden Sie es oder ersetzen Sie es mit --replace &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--replace &quot;%1&quot;: that is not an account of the app &quot;%2&quot; for %3 %4.</source>
        <translation>--replace &quot;%1&quot;: Das ist kein Konto der App &quot;%2&quot; für %3 %4.</translation>
    </message>
    <message>
        <source>The provider left the catalog meanwhile.</source>
        <translation>Der Anbieter wurde inzwischen aus dem Katalog entfernt.</translation>
    </message>
    <message>
        <source>enterprise %1</source>
        <translation>Unternehmen %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>authdeck::TeamBinding</name>
    <message>
        <source>The database URL is not usable: %1. Write it as postgresql://USER@HOST:PORT/DATABASE (?sslmode=require when the server is not on this machine).</source>
        <translation>Die Datenbank-URL ist nicht verwendbar: %1. Schreiben Sie sie als postgresql://USER@HOST:PORT/DATABASE (?sslmode=require, wenn der Server nicht auf diesem Computer läuft).</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>sie beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <source>The database URL holds a password, which would stay in the shell&apos;s history and the process list. Leave it out and give it with --database-password-file F, or in ~/.pgpass.</source>
        <translation>Die Datenbank-URL enthält ein Passwort, das im Verlauf der Shell und in der Prozessliste verbleiben würde. Lassen Sie es weg und geben Sie es mit --database-password-file F oder in ~/.pgpass an.</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>sie nennt keinen Host</translation>
    </message>
    <message>
        <source>its port is not a number from 1 to 65535</source>
        <translation>ihr Port ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>it names no database after the host</source>
        <translation>sie nennt nach dem Host keine Datenbank</translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation>sie nennt keinen Benutzer</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>AuthDeck does not know the setting &quot;%1&quot;</source>
        <translation>AuthDeck kennt die Einstellung &quot;%1&quot; nicht</translation>
    </message>
    <message>
        <source>The team binding %1 cannot be read; run &quot;authdeck-cli team leave&quot; and join again.</source>
        <translation>Die Teambindung %1 kann nicht gelesen werden; führen Sie &quot;authdeck-cli team leave&quot; aus und treten Sie erneut bei.</translation>
    </message>
    <message>
        <source>The file %1 is not an AuthDeck team binding; move it away, or run &quot;authdeck-cli team leave&quot; and join again.</source>
        <translation>Die Datei %1 ist keine AuthDeck-Teambindung; verschieben Sie sie an einen anderen Ort, oder führen Sie &quot;authdeck-cli team leave&quot; aus und treten Sie erneut bei.</translation>
    </message>
    <message>
        <source>Cannot remove the team binding %1.</source>
        <translation>Die Teambindung %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>authdeck::TeamInvite</name>
    <message>
        <source>The team key is not valid.</source>
        <translation>Der Teamschlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>it is far larger than an invite</source>
        <translation>sie ist weit größer als eine Einladung</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>sie ist kein JSON</translation>
    </message>
    <message>
        <source>it is not a team invite</source>
        <translation>sie ist keine Teameinladung</translation>
    </message>
    <message>
        <source>it was made by another version of AuthDeck</source>
        <translation>sie wurde von einer anderen AuthDeck-Version erstellt</translation>
    </message>
    <message>
        <source>its key derivation is not scrypt</source>
        <translation>ihre Schlüsselableitung ist nicht scrypt</translation>
    </message>
    <message>
        <source>a part of it is missing</source>
        <translation>ein Teil davon fehlt</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this team invite. Nothing was changed.</source>
        <translation>Die Passphrase ist falsch: Sie öffnet diese Teameinladung nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the passphrase is right but the file changed after it was made</source>
        <translation>die Passphrase ist richtig, aber die Datei wurde nach ihrer Erstellung geändert</translation>
    </message>
    <message>
        <source>its contents are not in the expected shape</source>
        <translation>ihr Inhalt hat nicht die erwartete Form</translation>
    </message>
    <message>
        <source>The file is not a usable AuthDeck team invite: %1. Nothing was changed; ask the team for a new invite (authdeck-cli team invite).</source>
        <translation>Die Datei ist keine verwendbare AuthDeck-Teameinladung: %1. Es wurde nichts geändert; bitten Sie das Team um eine neue Einladung (authdeck-cli team invite).</translation>
    </message>
</context>
<context>
    <name>authdeck::Template</name>
    <message>
        <source>The template &quot;%1&quot; has an unmatched brace.</source>
        <translation>Die Vorlage &quot;%1&quot; hat eine nicht geschlossene Klammer.</translation>
    </message>
    <message>
        <source>No value for {%1}.</source>
        <translation>Kein Wert für {%1}.</translation>
    </message>
</context>
<context>
    <name>authdeck::TokenClient</name>
    <message>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>%1 did not confirm the revocation (HTTP %2).</source>
        <translation>%1 hat den Widerruf nicht bestätigt (HTTP %2).</translation>
    </message>
    <message>
        <source>The app authenticates with a private key (private_key_jwt), but none is stored: add it with --private-key-file.</source>
        <translation>Die App authentifiziert sich mit einem privaten Schlüssel (private_key_jwt), aber es ist keiner gespeichert: fügen Sie ihn mit --private-key-file hinzu.</translation>
    </message>
    <message>
        <source>The client assertion has no audience.</source>
        <translation>Die Client-Assertion hat keine Zielgruppe (aud).</translation>
    </message>
    <message>
        <source>The app&apos;s private key cannot be used: %1</source>
        <translation>Der private Schlüssel der App kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::TokenResponse</name>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>an HTML page instead of a token</source>
        <translation>eine HTML-Seite statt eines Tokens</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>JSON, das kein Objekt ist</translation>
    </message>
    <message>
        <source>incomplete or malformed JSON</source>
        <translation>unvollständiges oder fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>an answer that is neither JSON nor form data</source>
        <translation>eine Antwort, die weder JSON noch Formulardaten ist</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in (the refresh token expired, was revoked or was already used): sign in again.</source>
        <translation>%1 akzeptiert die Anmeldung dieses Kontos nicht mehr (das Aktualisierungstoken ist abgelaufen, wurde widerrufen oder bereits verwendet): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 refused the assertion&apos;s timing or id (exp or jti): this computer&apos;s clock may disagree with the server&apos;s.</source>
        <translation>%1 hat den Zeitraum oder die ID der Assertion abgelehnt (exp oder jti): Die Uhr dieses Computers weicht möglicherweise von der des Servers ab.</translation>
    </message>
    <message>
        <source>%1 refused the subject (sub): check the enterprise ID or user ID.</source>
        <translation>%1 hat das Subjekt (sub) abgelehnt: Prüfen Sie die Enterprise-ID oder Benutzer-ID.</translation>
    </message>
    <message>
        <source>%1 does not know the key that signed the assertion: check the Public Key ID and that the public key was added to the app.</source>
        <translation>%1 kennt den Schlüssel nicht, mit dem die Assertion signiert wurde: Prüfen Sie die Public-Key-ID und ob der öffentliche Schlüssel zur App hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>%1 could not verify the assertion&apos;s signature: the private key does not match the public key registered for this Public Key ID.</source>
        <translation>%1 konnte die Signatur der Assertion nicht verifizieren: Der private Schlüssel passt nicht zu dem für diese Public-Key-ID registrierten öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 refused the redirect URI: register http://127.0.0.1/callback (any port) for the app at the provider.</source>
        <translation>%1 hat die Weiterleitungs-URI abgelehnt: Registrieren Sie http://127.0.0.1/callback (beliebiger Port) für die App beim Anbieter.</translation>
    </message>
    <message>
        <source>%1 refused the authorization code: it expired or was already used. Sign in again.</source>
        <translation>%1 hat den Autorisierungscode abgelehnt: Er ist abgelaufen oder wurde bereits verwendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 refused the grant (invalid_grant).</source>
        <translation>%1 hat den Grant abgelehnt (invalid_grant).</translation>
    </message>
    <message>
        <source>%1 does not accept the client ID and secret (invalid_client): check the app registration.</source>
        <translation>%1 akzeptiert die Client-ID und das Geheimnis nicht (invalid_client): Prüfen Sie die App-Registrierung.</translation>
    </message>
    <message>
        <source>%1 says the app is not authorized for this (unauthorized_client).</source>
        <translation>%1 meldet, dass die App dafür nicht autorisiert ist (unauthorized_client).</translation>
    </message>
    <message>
        <source>Access was denied at %1.</source>
        <translation>Der Zugriff wurde bei %1 verweigert.</translation>
    </message>
    <message>
        <source>%1 refused the requested scopes (invalid_scope): the app may not be allowed these scopes.</source>
        <translation>%1 hat die angeforderten Berechtigungen abgelehnt (invalid_scope): Die App darf diese Berechtigungen möglicherweise nicht verwenden.</translation>
    </message>
    <message>
        <source>%1 does not support this sign-in method for the app (unsupported_grant_type).</source>
        <translation>%1 unterstützt diese Anmeldemethode für die App nicht (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>%1 has a problem of its own (%2); try again later.</source>
        <translation>%1 hat ein eigenes Problem (%2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request (%2).</source>
        <translation>%1 hat die Anfrage abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than 1 MB; refused.</source>
        <translation>%1 hat eine Antwort größer als 1 MB gesendet; abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429); try again later.</source>
        <translation>%1 begrenzt die Anfragen (HTTP 429); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 has a problem of its own (HTTP %2); try again later.</source>
        <translation>%1 hat ein eigenes Problem (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3.</source>
        <translation>%1 hat mit HTTP %2 und %3 geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent %2; AuthDeck cannot use it.</source>
        <translation>%1 hat %2 gesendet; AuthDeck kann das nicht verwenden.</translation>
    </message>
    <message>
        <source>%1 answered without an access token; AuthDeck cannot use it.</source>
        <translation>%1 hat ohne Zugriffstoken geantwortet; AuthDeck kann das nicht verwenden.</translation>
    </message>
    <message>
        <source>%1 answered without a token type; AuthDeck cannot use it.</source>
        <translation>%1 hat ohne Tokentyp geantwortet; AuthDeck kann das nicht verwenden.</translation>
    </message>
    <message>
        <source>%1 issued a &quot;%2&quot; token; AuthDeck supports bearer tokens only.</source>
        <translation>%1 hat ein &quot;%2&quot;-Token ausgestellt; AuthDeck unterstützt nur Bearer-Token.</translation>
    </message>
    <message>
        <source>%1 issued a token with characters a token may not have (RFC 6749 allows printable ASCII only); AuthDeck cannot use it.</source>
        <translation>%1 hat ein Token mit Zeichen ausgestellt, die ein Token nicht enthalten darf (RFC 6749 erlaubt nur druckbares ASCII); AuthDeck kann es nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>authdeck::TokenService</name>
    <message>
        <source>The account &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>Das Konto &quot;%1&quot; verwendet den Anbieter &quot;%2&quot;, der nicht im Katalog ist.</translation>
    </message>
    <message>
        <source>The app registration of the account &quot;%1&quot; was removed; register it again and sign in again.</source>
        <translation>Die App-Registrierung des Kontos &quot;%1&quot; wurde entfernt; registrieren Sie sie erneut und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; signs each request with its keys or password; it has no token.</source>
        <translation>Das Konto &quot;%1&quot; signiert jede Anfrage mit seinen Schlüsseln oder seinem Passwort; es hat kein Token.</translation>
    </message>
    <message>
        <source>%1 is not available in this version of AuthDeck.</source>
        <translation>%1 ist in dieser Version von AuthDeck nicht verfügbar.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no refresh token: sign in again.</source>
        <translation>Das Konto &quot;%1&quot; hat kein Aktualisierungstoken: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no refresh token: connect it again with the password.</source>
        <translation>Das Konto &quot;%1&quot; hat kein Aktualisierungstoken: Verbinden Sie es erneut mit dem Passwort.</translation>
    </message>
    <message>
        <source>Unknown provider.</source>
        <translation>Unbekannter Anbieter.</translation>
    </message>
    <message>
        <source>%1 Nothing was removed; to remove the account locally anyway, disconnect again with --local (the token then stays valid at the provider until it expires).</source>
        <translation>%1 Es wurde nichts entfernt; um das Konto trotzdem lokal zu entfernen, trennen Sie es erneut mit --local (das Token bleibt dann beim Anbieter gültig, bis es abläuft).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot;</source>
        <translation>Das Konto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdeck-cli disconnect &quot;%1&quot; and connect it again</source>
        <translation>authdeck-cli disconnect &quot;%1&quot; und verbinden Sie es anschließend erneut</translation>
    </message>
    <message>
        <source>The connection to the team database was lost while the account was locked; nothing was sent to the provider. Try again.</source>
        <translation>Die Verbindung zur Teamdatenbank ging verloren, während das Konto gesperrt war; es wurde nichts an den Anbieter gesendet. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>authdeck::UnifiedScopes</name>
    <message>
        <source>&quot;%1&quot; is not a scope AuthDeck can read: write an AuthDeck scope with its provider&apos;s scopes in brackets, for example files.read[%2:SCOPE].</source>
        <translation>&quot;%1&quot; ist keine Berechtigung, die AuthDeck lesen kann: Schreiben Sie eine AuthDeck-Berechtigung mit den Berechtigungen des Anbieters in eckigen Klammern, zum Beispiel files.read[%2:SCOPE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not an AuthDeck scope; the AuthDeck scopes are %3.</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; ist keine AuthDeck-Berechtigung; die AuthDeck-Berechtigungen sind %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no scope in its brackets; give %2&apos;s own scopes, for example %3[%4:SCOPE].</source>
        <translation>&quot;%1&quot; nennt in seinen Klammern keine Berechtigung; geben Sie die eigenen Berechtigungen von %2 an, zum Beispiel %3[%4:SCOPE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; does not say its provider; write it as %3:%1.</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; nennt seinen Anbieter nicht; schreiben Sie es als %3:%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is a scope of %3, but this app is for %4; give %5 scopes as %6:SCOPE.</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; ist eine Berechtigung von %3, diese App ist aber für %4; geben Sie Berechtigungen von %5 als %6:SCOPE an.</translation>
    </message>
    <message>
        <source>%1 has no mapping for the AuthDeck scope %2; give its own scope names instead (see authdeck-cli providers --json).</source>
        <translation>%1 hat keine Zuordnung für die AuthDeck-Berechtigung %2; geben Sie stattdessen die eigenen Berechtigungsnamen des Anbieters an (siehe authdeck-cli providers --json).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a scope of %2, but this app is for %3; give %4 scopes as %5:SCOPE or without a prefix.</source>
        <translation>&quot;%1&quot; ist eine Berechtigung von %2, diese App ist aber für %3; geben Sie Berechtigungen von %4 als %5:SCOPE oder ohne Präfix an.</translation>
    </message>
</context>
<context>
    <name>authdeck::UrlPolicy</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid URL.</source>
        <translation>Die %1 &quot;%2&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The %1 must not carry a user name or password.</source>
        <translation>Die %1 darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The %1 uses plain http to %2; AuthDeck sends credentials over http only to a loopback address. Use https.</source>
        <translation>Die %1 verwendet unverschlüsseltes http zu %2; AuthDeck sendet Anmeldedaten über http nur an eine Loopback-Adresse. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>The %1 must be an https URL, not &quot;%2&quot;.</source>
        <translation>Die %1 muss eine https-URL sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server host &quot;%1&quot; is not valid: %2</source>
        <translation>Der Server-Host &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <source>A server host is required.</source>
        <translation>Ein Server-Host ist erforderlich.</translation>
    </message>
    <message>
        <source>give the host name only, without http:// or https://</source>
        <translation>geben Sie nur den Hostnamen an, ohne http:// oder https://</translation>
    </message>
    <message>
        <source>give the host name only, without a path or user name</source>
        <translation>geben Sie nur den Hostnamen an, ohne Pfad oder Benutzernamen</translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation>unausgeglichene Klammern</translation>
    </message>
    <message>
        <source>unexpected text after the address</source>
        <translation>unerwarteter Text nach der Adresse</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>use letters, digits, dots and dashes</source>
        <translation>verwenden Sie Buchstaben, Ziffern, Punkte und Bindestriche</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
</context>
<context>
    <name>authdeck::VaultProfileKey</name>
    <message>
        <source>The profile database %1 is not unlocked by a vault passphrase; use the keychain (--secret-store keychain).</source>
        <translation>Die Profildatenbank %1 wird nicht mit einer Tresor-Passphrase entsperrt; verwenden Sie den Schlüsselbund (--secret-store keychain).</translation>
    </message>
    <message>
        <source>The vault settings of %1 are refused: %2</source>
        <translation>Die Tresoreinstellungen von %1 werden abgelehnt: %2</translation>
    </message>
    <message>
        <source>The vault passphrase is wrong: it does not open %1. Nothing was read or changed.</source>
        <translation>Die Tresor-Passphrase ist falsch: Sie öffnet %1 nicht. Es wurde nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <source>encrypted vault</source>
        <translation>verschlüsselter Tresor</translation>
    </message>
</context>
<context>
    <name>authdeck::VaultSecretStore</name>
    <message>
        <source>The vault file was altered or damaged; AuthDeck will not use it.</source>
        <translation>Die Tresordatei wurde verändert oder beschädigt; AuthDeck verwendet sie nicht.</translation>
    </message>
    <message>
        <source>Cannot read the vault file %1.</source>
        <translation>Die Tresordatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>encrypted vault (%1)</source>
        <translation>verschlüsselter Tresor (%1)</translation>
    </message>
    <message>
        <source>The vault passphrase is wrong: it does not open %1.</source>
        <translation>Die Tresor-Passphrase ist falsch: Sie öffnet %1 nicht.</translation>
    </message>
    <message>
        <source>The vault %1 is locked by another AuthDeck.</source>
        <translation>Der Tresor %1 ist von einer anderen AuthDeck-Instanz gesperrt.</translation>
    </message>
    <message>
        <source>The vault file %1 is refused: %2; AuthDeck will not use it.</source>
        <translation>Die Tresordatei %1 wird abgelehnt: %2; AuthDeck verwendet sie nicht.</translation>
    </message>
</context>
<context>
    <name>authdeck::box::BoxToolbox</name>
    <message>
        <source>The webhook&apos;s target &quot;%1&quot; is not folder:ID or file:ID (Box&apos;s numeric id, as in the item&apos;s web address).</source>
        <translation>Das Ziel &quot;%1&quot; des Webhooks ist nicht folder:ID oder file:ID (die numerische ID von Box, wie in der Webadresse des Elements).</translation>
    </message>
    <message>
        <source>Box allows no webhook on the root folder (0): choose a folder inside it.</source>
        <translation>Box erlaubt keinen Webhook auf dem Stammordner (0): Wählen Sie einen Ordner darin.</translation>
    </message>
    <message>
        <source>The webhook address &quot;%1&quot; is not a web address.</source>
        <translation>Die Webhook-Adresse &quot;%1&quot; ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The webhook address must use https (Box sends deliveries only there), not &quot;%1&quot;.</source>
        <translation>Die Webhook-Adresse muss https verwenden (Box sendet Zustellungen nur dorthin), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Box delivers webhooks to port 443 only; &quot;%1&quot; names port %2.</source>
        <translation>Box stellt Webhooks nur an Port 443 zu; &quot;%1&quot; nennt Port %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box webhook trigger (for example FILE.UPLOADED, FOLDER.CREATED).</source>
        <translation>&quot;%1&quot; ist kein Auslöser für Box-Webhooks (zum Beispiel FILE.UPLOADED, FOLDER.CREATED).</translation>
    </message>
    <message>
        <source>The trigger %1 is about folders; a webhook on a file cannot use it.</source>
        <translation>Der Auslöser %1 betrifft Ordner; ein Webhook auf einer Datei kann ihn nicht verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box account: webhooks and downscoped tokens are Box&apos;s.</source>
        <translation>&quot;%1&quot; ist kein Box-Konto: Webhooks und eingeschränkte Token gibt es nur bei Box.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no OAuth 2.0 token to work with.</source>
        <translation>&quot;%1&quot; hat kein OAuth 2.0-Token, mit dem gearbeitet werden kann.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no API address.</source>
        <translation>Das Konto &quot;%1&quot; hat keine API-Adresse.</translation>
    </message>
    <message>
        <source> (Box said: &quot;%1&quot;%2)</source>
        <translation> (Box meldete: &quot;%1&quot;%2)</translation>
    </message>
    <message>
        <source>Box refused the account&apos;s token while %1%2: sign in again.</source>
        <translation>Box hat das Token des Kontos beim %1 abgelehnt%2: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Box refused %1%2: the app needs the scope &quot;Manage webhooks&quot; (manage_webhook) and the account access to the item.</source>
        <translation>Box hat das %1 abgelehnt%2: Die App benötigt die Berechtigung &quot;Manage webhooks&quot; (manage_webhook) und das Konto Zugriff auf das Element.</translation>
    </message>
    <message>
        <source>Box knows no such item while %1%2.</source>
        <translation>Box kennt beim %1 kein solches Element%2.</translation>
    </message>
    <message>
        <source>Box refused %1: it already exists%2.</source>
        <translation>Box hat das %1 abgelehnt: Der Webhook existiert bereits%2.</translation>
    </message>
    <message>
        <source>Box is busy or failing (HTTP %1) while %2; try again later.</source>
        <translation>Box ist beim %2 überlastet oder gestört (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Box refused %1 (HTTP %2)%3.</source>
        <translation>Box hat das %1 abgelehnt (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>listing the webhooks</source>
        <translation>Auflisten der Webhooks</translation>
    </message>
    <message>
        <source>creating the webhook</source>
        <translation>Erstellen des Webhooks</translation>
    </message>
    <message>
        <source>Box&apos;s answer to creating the webhook holds no webhook id.</source>
        <translation>Die Antwort von Box auf das Erstellen des Webhooks enthält keine Webhook-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box webhook id (a number; &quot;authdeck-cli webhooks list&quot; shows them).</source>
        <translation>&quot;%1&quot; ist keine Box-Webhook-ID (eine Zahl; &quot;authdeck-cli webhooks list&quot; zeigt sie an).</translation>
    </message>
    <message>
        <source>deleting the webhook</source>
        <translation>Löschen des Webhooks</translation>
    </message>
    <message>
        <source>Name the scopes the limited token may use, for example --downscope item_preview.</source>
        <translation>Nennen Sie die Berechtigungen, die das eingeschränkte Token verwenden darf, zum Beispiel --downscope item_preview.</translation>
    </message>
    <message>
        <source>The scope %1 is wider than what &quot;%2&quot; was granted (%3): a downscoped token can only narrow the grant.</source>
        <translation>Die Berechtigung %1 reicht weiter als das, was &quot;%2&quot; erteilt wurde (%3): Ein eingeschränktes Token kann die erteilten Berechtigungen nur einschränken.</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is not a folder or file of this account&apos;s Box (%2/folders/ID or %2/files/ID, or folder:ID, file:ID).</source>
        <translation>Die Ressource &quot;%1&quot; ist kein Ordner und keine Datei dieses Box-Kontos (%2/folders/ID oder %2/files/ID, oder folder:ID, file:ID).</translation>
    </message>
    <message>
        <source>The %1 does not look like a Box signature key (one line of at least 16 characters, as the Developer Console shows it).</source>
        <translation>Der %1 sieht nicht wie ein Box-Signaturschlüssel aus (eine Zeile mit mindestens 16 Zeichen, wie die Developer Console sie zeigt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box app: webhook signature keys are Box&apos;s.</source>
        <translation>&quot;%1&quot; ist keine Box-App: Webhook-Signaturschlüssel gibt es nur bei Box.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>Give a new primary or secondary key from the Developer Console (Webhooks, Manage signature keys).</source>
        <translation>Geben Sie einen neuen Primär- oder Sekundärschlüssel aus der Developer Console an (Webhooks, Manage signature keys).</translation>
    </message>
</context>
<context>
    <name>authdeck::box::WebhookSignature</name>
    <message>
        <source>The app has no webhook signature keys: copy them from the Box Developer Console (Webhooks, Manage signature keys) and store them with &quot;authdeck-cli apps set-webhook-keys&quot;.</source>
        <translation>Die App hat keine Webhook-Signaturschlüssel: Kopieren Sie sie aus der Box Developer Console (Webhooks, Manage signature keys) und speichern Sie sie mit &quot;authdeck-cli apps set-webhook-keys&quot;.</translation>
    </message>
    <message>
        <source>The delivery has the header %1 more than once: it is not trusted.</source>
        <translation>Die Zustellung enthält den Header %1 mehrmals: Ihr wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The delivery has no BOX-DELIVERY-TIMESTAMP header: it is not trusted.</source>
        <translation>Die Zustellung hat keinen Header BOX-DELIVERY-TIMESTAMP: Ihr wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The delivery has no BOX-SIGNATURE-PRIMARY or BOX-SIGNATURE-SECONDARY header: it is not signed.</source>
        <translation>Die Zustellung hat keinen Header BOX-SIGNATURE-PRIMARY oder BOX-SIGNATURE-SECONDARY: Sie ist nicht signiert.</translation>
    </message>
    <message>
        <source>The delivery is signed with signature version %1; AuthDeck checks version 1.</source>
        <translation>Die Zustellung ist mit der Signaturversion %1 signiert; AuthDeck prüft Version 1.</translation>
    </message>
    <message>
        <source>The delivery is signed with %1; Box signs with HmacSHA256.</source>
        <translation>Die Zustellung ist mit %1 signiert; Box signiert mit HmacSHA256.</translation>
    </message>
    <message>
        <source>The delivery&apos;s BOX-DELIVERY-TIMESTAMP &quot;%1&quot; is not a date and time: it is not trusted.</source>
        <translation>Der BOX-DELIVERY-TIMESTAMP &quot;%1&quot; der Zustellung ist kein Datum mit Uhrzeit: Ihr wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The delivery is %1 minutes old (Box&apos;s limit is 10): a replay, or a delivery held up too long. It is not trusted.</source>
        <translation>Die Zustellung ist %1 Minuten alt (das Limit von Box liegt bei 10): eine Wiederholung (Replay) oder eine zu lange aufgehaltene Zustellung. Ihr wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The delivery&apos;s timestamp is %1 minutes ahead of this machine&apos;s clock: check the clock. It is not trusted.</source>
        <translation>Der Zeitstempel der Zustellung liegt %1 Minuten vor der Uhr dieses Rechners: Prüfen Sie die Uhr. Ihr wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Neither signature of the delivery matches the app&apos;s keys: it was not sent by Box for this app, or it was changed on the way (or the keys stored in AuthDeck are out of date).</source>
        <translation>Keine der Signaturen der Zustellung passt zu den Schlüsseln der App: Sie wurde nicht von Box für diese App gesendet oder unterwegs verändert (oder die in AuthDeck gespeicherten Schlüssel sind veraltet).</translation>
    </message>
    <message>
        <source>Line %1 of the headers file continues the line before it (folding), which deliveries never use.</source>
        <translation>Zeile %1 der Header-Datei setzt die vorherige Zeile fort (Folding), was Zustellungen nie verwenden.</translation>
    </message>
    <message>
        <source>Line %1 of the headers file is not &quot;Name: value&quot;.</source>
        <translation>Zeile %1 der Header-Datei hat nicht die Form &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>The headers file holds no header lines.</source>
        <translation>Die Header-Datei enthält keine Header-Zeilen.</translation>
    </message>
</context>
<context>
    <name>authdeck::bundle::BundleFormat</name>
    <message>
        <source>The bundle passphrase is empty.</source>
        <translation>Die Paket-Passphrase ist leer.</translation>
    </message>
    <message>
        <source>Secrets need keys to be written.</source>
        <translation>Zum Schreiben von Geheimnissen werden Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The bundle keys have the wrong size.</source>
        <translation>Die Paketschlüssel haben die falsche Größe.</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>die Datei ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>it is not complete JSON: %1 at byte %2</source>
        <translation>es ist kein vollständiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>The file is not an AuthDeck bundle.</source>
        <translation>Die Datei ist kein AuthDeck-Paket.</translation>
    </message>
    <message>
        <source>its version is not a whole number</source>
        <translation>seine Version ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>The bundle has the unknown format version %1; this AuthDeck reads version %2. Nothing was imported.</source>
        <translation>Das Paket hat die unbekannte Formatversion %1; diese AuthDeck-Version liest Version %2. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>it holds %1</source>
        <translation>es enthält %1</translation>
    </message>
    <message>
        <source>it is not in the canonical form AuthDeck writes</source>
        <translation>es ist nicht in der kanonischen Form, die AuthDeck schreibt</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>seine Prüfsumme passt nicht zum Inhalt</translation>
    </message>
    <message>
        <source>it has members a version 1 bundle does not have</source>
        <translation>es hat Elemente, die ein Paket der Version 1 nicht hat</translation>
    </message>
    <message>
        <source>its creation time is not a valid time</source>
        <translation>sein Erstellungszeitpunkt ist keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>its config part does not list apps and accounts</source>
        <translation>sein Konfigurationsteil listet keine Apps und Konten auf</translation>
    </message>
    <message>
        <source>The keys were made for another bundle.</source>
        <translation>Die Schlüssel wurden für ein anderes Paket erstellt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this bundle. Nothing was imported.</source>
        <translation>Die Passphrase ist falsch: Sie öffnet dieses Paket nicht. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the passphrase is right but the file changed after export</source>
        <translation>die Passphrase ist richtig, aber die Datei wurde nach dem Export geändert</translation>
    </message>
    <message>
        <source>its secrets are not in the expected shape</source>
        <translation>seine Geheimnisse haben nicht die erwartete Form</translation>
    </message>
    <message>
        <source>its scrypt cost 2^%1 (log2_n) is above the limit of 2^%2</source>
        <translation>seine scrypt-Kosten 2^%1 (log2_n) liegen über dem Grenzwert von 2^%2</translation>
    </message>
    <message>
        <source>its scrypt cost 2^%1 (log2_n) is below the minimum of 2^%2</source>
        <translation>seine scrypt-Kosten 2^%1 (log2_n) liegen unter dem Mindestwert von 2^%2</translation>
    </message>
    <message>
        <source>its scrypt parameters r = %1, p = %2 are not r = 8, p = 1</source>
        <translation>seine scrypt-Parameter r = %1, p = %2 sind nicht r = 8, p = 1</translation>
    </message>
    <message>
        <source>its scrypt settings need more than %1 MiB of memory</source>
        <translation>seine scrypt-Einstellungen benötigen mehr als %1 MiB Speicher</translation>
    </message>
    <message>
        <source>its salt is missing or not 16 bytes</source>
        <translation>sein Salt fehlt oder ist nicht 16 Byte lang</translation>
    </message>
    <message>
        <source>The bundle file was altered or damaged (%1); nothing was imported.</source>
        <translation>Die Paketdatei wurde verändert oder beschädigt (%1); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The bundle is refused: %1; nothing was imported.</source>
        <translation>Das Paket wird abgelehnt: %1; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the secrets are not in the expected shape</source>
        <translation>die Geheimnisse haben nicht die erwartete Form</translation>
    </message>
    <message>
        <source>its secrets part is not an object</source>
        <translation>sein Geheimnisteil ist kein Objekt</translation>
    </message>
    <message>
        <source>its secrets part does not have the expected members</source>
        <translation>sein Geheimnisteil hat nicht die erwarteten Elemente</translation>
    </message>
    <message>
        <source>it uses a cipher other than AES-256-GCM</source>
        <translation>es verwendet eine andere Verschlüsselung als AES-256-GCM</translation>
    </message>
    <message>
        <source>its key derivation settings do not have the expected members</source>
        <translation>seine Einstellungen zur Schlüsselableitung haben nicht die erwarteten Elemente</translation>
    </message>
    <message>
        <source>it uses a key derivation other than scrypt</source>
        <translation>es verwendet eine andere Schlüsselableitung als scrypt</translation>
    </message>
    <message>
        <source>its scrypt parameter %1 is not a small whole number</source>
        <translation>sein scrypt-Parameter %1 ist keine kleine ganze Zahl</translation>
    </message>
    <message>
        <source>its salt is not base64</source>
        <translation>sein Salt ist nicht base64</translation>
    </message>
    <message>
        <source>its %1 is missing or has the wrong length</source>
        <translation>sein %1 fehlt oder hat die falsche Länge</translation>
    </message>
    <message>
        <source>one of its %1 has no id, name or provider</source>
        <translation>einer seiner Einträge unter %1 hat keine ID, keinen Namen oder keinen Anbieter</translation>
    </message>
    <message>
        <source>two of its %1 have the same id</source>
        <translation>zwei seiner Einträge unter %1 haben dieselbe ID</translation>
    </message>
</context>
<context>
    <name>authdeck::bundle::CanonicalJson</name>
    <message>
        <source>JSON nested more than 32 levels deep</source>
        <translation>JSON, das mehr als 32 Ebenen tief verschachtelt ist</translation>
    </message>
    <message>
        <source>a number that is not a whole number from -(2^53 - 1) to 2^53 - 1</source>
        <translation>eine Zahl, die keine ganze Zahl von -(2^53 - 1) bis 2^53 - 1 ist</translation>
    </message>
    <message>
        <source>an undefined JSON value</source>
        <translation>einen undefinierten JSON-Wert</translation>
    </message>
</context>
<context>
    <name>authdeck::cli::Cli</name>
    <message>
        <source>Missing value after %1.</source>
        <translation>Fehlender Wert nach %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>authdeck-cli: error: %1</source>
        <translation>authdeck-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 from standard input.</source>
        <translation>%1 kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist or is not a file.</source>
        <translation>Die Datei für %1, %2, existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>Die Datei für %1, %2, kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The %1 file is larger than 1 MiB.</source>
        <translation>Die Datei für %1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>The %1 file is empty.</source>
        <translation>Die Datei für %1 ist leer.</translation>
    </message>
    <message>
        <source>The vault is unlocked by a passphrase: give it with --vault-passphrase-file F.</source>
        <translation>Der Tresor wird mit einer Passphrase entsperrt: Geben Sie sie mit --vault-passphrase-file F an.</translation>
    </message>
    <message>
        <source>vault passphrase</source>
        <translation>Tresor-Passphrase</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;; use keychain or vault.</source>
        <translation>Unbekannter Geheimnisspeicher &quot;%1&quot;; verwenden Sie keychain oder vault.</translation>
    </message>
    <message>
        <source>Usage: authdeck-cli [--profile DIR] [--json] [--sandbox] [--secret-store keychain|vault] VERB ...

AuthDeck connects cloud accounts through one uniform flow and keeps every secret in the system keychain.

Verbs:
</source>
        <translation>Aufruf: authdeck-cli [--profile DIR] [--json] [--sandbox] [--secret-store keychain|vault] VERB ...

AuthDeck verbindet Cloud-Konten über einen einheitlichen Ablauf und bewahrt jedes Geheimnis im Schlüsselbund des Systems auf.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  --profile DIR        the folder holding app registrations and accounts
  --json               machine-readable output on stdout
  --sandbox            start the embedded Box-compatible sandbox
  --secret-store S     keychain (default) or vault
  --vault-passphrase-file F  the vault&apos;s passphrase (with --secret-store vault)
  --version            print the version

Secrets are read from files (--*-file F, or - for standard input), never from arguments.
Exit codes: 0 success, 2 usage, 3 rejected by the provider, 4 network or timeout, 5 keychain unavailable or denied, 6 bad input file, 1 anything else.
Run &quot;authdeck-cli VERB --help&quot; for a verb&apos;s options.
</source>
        <translation>
Globale Optionen:
  --profile DIR        der Ordner mit App-Registrierungen und Konten
  --json               maschinenlesbare Ausgabe auf stdout
  --sandbox            die eingebettete Box-kompatible Sandbox starten
  --secret-store S     keychain (Standard) oder vault
  --vault-passphrase-file F  die Passphrase des Tresors (mit --secret-store vault)
  --version            die Version ausgeben

Geheimnisse werden aus Dateien gelesen (--*-file F, oder - für die Standardeingabe), nie aus Argumenten.
Exit-Codes: 0 Erfolg, 2 Aufruffehler, 3 vom Anbieter abgelehnt, 4 Netzwerk oder Zeitüberschreitung, 5 Schlüsselbund nicht verfügbar oder verweigert, 6 ungültige Eingabedatei, 1 alles andere.
Führen Sie &quot;authdeck-cli VERB --help&quot; aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>Usage: authdeck-cli [global options] %1 %2

%3
</source>
        <translation>Aufruf: authdeck-cli [globale Optionen] %1 %2

%3
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; erwartet eines von: %2.</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;. Run &quot;authdeck-cli --help&quot; for the list.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Führen Sie &quot;authdeck-cli --help&quot; für die Liste aus.</translation>
    </message>
    <message>
        <source>%1 (see &quot;authdeck-cli %2 --help&quot;)</source>
        <translation>%1 (siehe &quot;authdeck-cli %2 --help&quot;)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see &quot;authdeck-cli %2 --help&quot;).</source>
        <translation>Unerwartetes Argument &quot;%1&quot; (siehe &quot;authdeck-cli %2 --help&quot;).</translation>
    </message>
    <message>
        <source>Missing %1 (see &quot;authdeck-cli %2 --help&quot;).</source>
        <translation>%1 fehlt (siehe &quot;authdeck-cli %2 --help&quot;).</translation>
    </message>
    <message>
        <source>The sandbox is running at %1 (until this command ends).</source>
        <translation>Die Sandbox läuft unter %1 (bis dieser Befehl endet).</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>No accounts yet. Connect one with &quot;authdeck-cli connect&quot;.</source>
        <translation>Noch keine Konten. Verbinden Sie eines mit &quot;authdeck-cli connect&quot;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>VERFAHREN</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>IDENTITÄT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXPIRY</source>
        <translation>ABLAUF</translation>
    </message>
    <message>
        <source>List the connected accounts: id, name, provider, scheme, identity, status, expiry.</source>
        <translation>Die verbundenen Konten auflisten: ID, Name, Anbieter, Verfahren, Identität, Status, Ablauf.</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;%1&quot;.</source>
        <translation>Unbekanntes Verfahren &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--param erwartet NAME=WERT, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The redirect port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Der Weiterleitungsport muss eine Zahl von 1 bis 65535 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Registered the app &quot;%1&quot; (%2).</source>
        <translation>Die App &quot;%1&quot; wurde registriert (%2).</translation>
    </message>
    <message>
        <source>No app registrations yet. Add one with &quot;authdeck-cli apps add&quot;.</source>
        <translation>Noch keine App-Registrierungen. Fügen Sie eine mit &quot;authdeck-cli apps add&quot; hinzu.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>API-Basis</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Public Key ID</source>
        <translation>Public-Key-ID</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>Enterprise-ID</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Removed the app &quot;%1&quot; and its secrets.</source>
        <translation>Die App &quot;%1&quot; und ihre Geheimnisse wurden entfernt.</translation>
    </message>
    <message>
        <source>Register your app at a provider (&quot;custom OAuth keys&quot;); the client secret goes to the keychain.</source>
        <translation>Registrieren Sie Ihre App bei einem Anbieter (&quot;custom OAuth keys&quot;); das Client-Geheimnis kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>the provider id (see &quot;providers&quot;)</source>
        <translation>die Anbieter-ID (siehe &quot;providers&quot;)</translation>
    </message>
    <message>
        <source>a name for this app registration</source>
        <translation>ein Name für diese App-Registrierung</translation>
    </message>
    <message>
        <source>the client ID the provider issued</source>
        <translation>die vom Anbieter ausgestellte Client-ID</translation>
    </message>
    <message>
        <source>a file holding the client secret (- for stdin)</source>
        <translation>eine Datei mit dem Client-Geheimnis (- für stdin)</translation>
    </message>
    <message>
        <source>oauth2, jwt, client_credentials or password</source>
        <translation>oauth2, jwt, client_credentials oder password</translation>
    </message>
    <message>
        <source>your server&apos;s host name (per-server providers)</source>
        <translation>der Hostname Ihres Servers (Anbieter pro Server)</translation>
    </message>
    <message>
        <source>the directory tenant (OneDrive)</source>
        <translation>der Verzeichnis-Tenant (OneDrive)</translation>
    </message>
    <message>
        <source>another provider setting (repeatable)</source>
        <translation>eine weitere Anbietereinstellung (wiederholbar)</translation>
    </message>
    <message>
        <source>a fixed loopback redirect port (1-65535)</source>
        <translation>ein fester Loopback-Weiterleitungsport (1-65535)</translation>
    </message>
    <message>
        <source>override the authorization endpoint</source>
        <translation>den Autorisierungsendpunkt überschreiben</translation>
    </message>
    <message>
        <source>override the token endpoint</source>
        <translation>den Token-Endpunkt überschreiben</translation>
    </message>
    <message>
        <source>override the revocation endpoint</source>
        <translation>den Widerrufsendpunkt überschreiben</translation>
    </message>
    <message>
        <source>override the API base URL</source>
        <translation>die API-Basis-URL überschreiben</translation>
    </message>
    <message>
        <source>the Public Key ID (JWT)</source>
        <translation>die Public-Key-ID (JWT)</translation>
    </message>
    <message>
        <source>the enterprise ID (Box JWT)</source>
        <translation>die Enterprise-ID (Box JWT)</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>List the app registrations.</source>
        <translation>Die App-Registrierungen auflisten.</translation>
    </message>
    <message>
        <source>Show an app registration: endpoints, the redirect URI to register, scopes.</source>
        <translation>Eine App-Registrierung anzeigen: Endpunkte, zu registrierende Weiterleitungs-URI, Berechtigungen.</translation>
    </message>
    <message>
        <source>the app name</source>
        <translation>der App-Name</translation>
    </message>
    <message>
        <source>Remove an app registration and its secrets.</source>
        <translation>Eine App-Registrierung und ihre Geheimnisse entfernen.</translation>
    </message>
    <message>
        <source>remove even though accounts use it</source>
        <translation>entfernen, obwohl Konten sie verwenden</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; does not take Box config files.</source>
        <translation>Der Anbieter &quot;%1&quot; akzeptiert keine Box-Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>Box config</source>
        <translation>Box-Konfiguration</translation>
    </message>
    <message>
        <source>Registered the app &quot;%1&quot; (%2, JWT, Public Key ID %3); the client secret and the private key are in the keychain.</source>
        <translation>Die App &quot;%1&quot; wurde registriert (%2, JWT, Public-Key-ID %3); das Client-Geheimnis und der private Schlüssel sind im Schlüsselbund.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out ist erforderlich.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not a Box JWT app; only those export to Box&apos;s config.json shape.</source>
        <translation>Die App &quot;%1&quot; ist keine Box-JWT-App; nur solche lassen sich in das config.json-Format von Box exportieren.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or give --force.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen oder geben Sie --force an.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has no private key in the keychain.</source>
        <translation>Die App &quot;%1&quot; hat keinen privaten Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Wrote the app &quot;%1&quot; to %2 (mode 0600): it holds the client secret and the key with its passphrase, so keep it as safe as the app itself.</source>
        <translation>Die App &quot;%1&quot; wurde nach %2 geschrieben (Modus 0600): Die Datei enthält das Client-Geheimnis und den Schlüssel samt Passphrase, schützen Sie sie daher so gut wie die App selbst.</translation>
    </message>
    <message>
        <source>Register a Box JWT app from the config.json the Developer Console generates; the client secret and the decrypted key go to the keychain.</source>
        <translation>Eine Box-JWT-App aus der von der Developer Console erzeugten config.json registrieren; das Client-Geheimnis und der entschlüsselte Schlüssel kommen in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>the config.json file (- for stdin)</source>
        <translation>die config.json-Datei (- für stdin)</translation>
    </message>
    <message>
        <source>a Box-compatible provider id (default box)</source>
        <translation>eine Box-kompatible Anbieter-ID (Standard: box)</translation>
    </message>
    <message>
        <source>RS256 (default), RS384 or RS512</source>
        <translation>RS256 (Standard), RS384 oder RS512</translation>
    </message>
    <message>
        <source>Write a Box JWT app back as a config.json (mode 0600), the key encrypted under a fresh passphrase placed in the file.</source>
        <translation>Eine Box-JWT-App wieder als config.json schreiben (Modus 0600), der Schlüssel verschlüsselt mit einer neuen Passphrase, die in der Datei abgelegt wird.</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>Give the bundle file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende Paketdatei mit --out DATEI an.</translation>
    </message>
    <message>
        <source>--include-secrets encrypts the secrets under a passphrase: give it with --passphrase-file F.</source>
        <translation>--include-secrets verschlüsselt die Geheimnisse mit einer Passphrase: Geben Sie sie mit --passphrase-file F an.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The bundle passphrase must have at least %1 characters.</source>
        <translation>Die Paket-Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no secrets in the keychain; it will need credentials after import.</source>
        <translation>&quot;%1&quot; hat keine Geheimnisse im Schlüsselbund; nach dem Import werden Anmeldedaten benötigt.</translation>
    </message>
    <message>
        <source>Exported %1 apps and %2 accounts with their secrets (encrypted) to %3.</source>
        <translation>%1 Apps und %2 Konten mit ihren Geheimnissen (verschlüsselt) nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 apps and %2 accounts without secrets to %3.</source>
        <translation>%1 Apps und %2 Konten ohne Geheimnisse nach %3 exportiert.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip, replace or rename, not &quot;%1&quot;.</source>
        <translation>--on-conflict erwartet skip, replace oder rename, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The bundle holds encrypted secrets: give its passphrase with --passphrase-file F.</source>
        <translation>Das Paket enthält verschlüsselte Geheimnisse: Geben Sie seine Passphrase mit --passphrase-file F an.</translation>
    </message>
    <message>
        <source>%1 needs credentials: the bundle did not carry its secrets.</source>
        <translation>%1 benötigt Anmeldedaten: Das Paket enthielt seine Geheimnisse nicht.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Write apps and accounts to a bundle file (mode 0600); secrets only with --include-secrets, encrypted under the passphrase.</source>
        <translation>Apps und Konten in eine Paketdatei schreiben (Modus 0600); Geheimnisse nur mit --include-secrets, verschlüsselt mit der Passphrase.</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>die zu schreibende Paketdatei</translation>
    </message>
    <message>
        <source>the passphrase that encrypts the secrets (- for stdin)</source>
        <translation>die Passphrase, die die Geheimnisse verschlüsselt (- für stdin)</translation>
    </message>
    <message>
        <source>include client secrets, keys and tokens, encrypted</source>
        <translation>Client-Geheimnisse, Schlüssel und Token verschlüsselt einschließen</translation>
    </message>
    <message>
        <source>an app to export (repeatable; default: all)</source>
        <translation>eine zu exportierende App (wiederholbar; Standard: alle)</translation>
    </message>
    <message>
        <source>an account to export, with its app (repeatable; default: all)</source>
        <translation>ein zu exportierendes Konto, samt seiner App (wiederholbar; Standard: alle)</translation>
    </message>
    <message>
        <source>Import a bundle, all or nothing; items whose secrets it lacks are marked as needing credentials.</source>
        <translation>Ein Paket importieren, ganz oder gar nicht; Einträge ohne Geheimnisse im Paket werden als &quot;Anmeldedaten erforderlich&quot; markiert.</translation>
    </message>
    <message>
        <source>the bundle file</source>
        <translation>die Paketdatei</translation>
    </message>
    <message>
        <source>the bundle&apos;s passphrase (- for stdin); needed when it holds secrets</source>
        <translation>die Passphrase des Pakets (- für stdin); nötig, wenn es Geheimnisse enthält</translation>
    </message>
    <message>
        <source>what to do with items the profile already has: skip (default), replace, or rename (import a suffixed copy)</source>
        <translation>was mit Einträgen geschehen soll, die das Profil bereits hat: skip (Standard), replace oder rename (eine Kopie mit Suffix importieren)</translation>
    </message>
    <message>
        <source> (your server)</source>
        <translation> (Ihr Server)</translation>
    </message>
    <message>
        <source>SCHEMES</source>
        <translation>VERFAHREN</translation>
    </message>
    <message>
        <source>List the provider catalog: id, name and authentication schemes.</source>
        <translation>Den Anbieterkatalog auflisten: ID, Name und Authentifizierungsverfahren.</translation>
    </message>
    <message>
        <source>connect needs either --app NAME (OAuth 2.0, JWT, client credentials) or --provider ID (password, access keys).</source>
        <translation>connect benötigt entweder --app NAME (OAuth 2.0, JWT, Client Credentials) oder --provider ID (Passwort, Zugriffsschlüssel).</translation>
    </message>
    <message>
        <source>connect --provider needs either --username and --password-file, or --access-key-id and --secret-key-file.</source>
        <translation>connect --provider benötigt entweder --username und --password-file oder --access-key-id und --secret-key-file.</translation>
    </message>
    <message>
        <source>--name is required with --provider.</source>
        <translation>--name ist mit --provider erforderlich.</translation>
    </message>
    <message>
        <source>--app is not used with access keys.</source>
        <translation>--app wird bei Zugriffsschlüsseln nicht verwendet.</translation>
    </message>
    <message>
        <source>Connected &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; verbunden.</translation>
    </message>
    <message>
        <source>Connected &quot;%1&quot; as %2.</source>
        <translation>&quot;%1&quot; als %2 verbunden.</translation>
    </message>
    <message>
        <source>Connect an account and print its id: OAuth 2.0 sign-in in the browser, server authentication (JWT or client credentials), a password exchanged for tokens, or access keys.</source>
        <translation>Ein Konto verbinden und seine ID ausgeben: OAuth 2.0-Anmeldung im Browser, Serverauthentifizierung (JWT oder Client Credentials), ein gegen Token eingetauschtes Passwort oder Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>the app registration to connect with</source>
        <translation>die App-Registrierung, mit der verbunden wird</translation>
    </message>
    <message>
        <source>a name for the new account</source>
        <translation>ein Name für das neue Konto</translation>
    </message>
    <message>
        <source>do not open a browser; print the sign-in URL alone on the first line of stdout</source>
        <translation>keinen Browser öffnen; die Anmelde-URL allein in der ersten Zeile von stdout ausgeben</translation>
    </message>
    <message>
        <source>how long to wait for the sign-in (default 300)</source>
        <translation>wie lange auf die Anmeldung gewartet wird (Standard: 300)</translation>
    </message>
    <message>
        <source>act as this managed user (Box As-User)</source>
        <translation>als dieser verwaltete Benutzer handeln (Box As-User)</translation>
    </message>
    <message>
        <source>send Box-Notifications: off with the account&apos;s verification and API calls</source>
        <translation>Box-Notifications: off mit den Verifizierungs- und API-Aufrufen des Kontos senden</translation>
    </message>
    <message>
        <source>the provider id (password and key schemes)</source>
        <translation>die Anbieter-ID (Passwort- und Schlüsselverfahren)</translation>
    </message>
    <message>
        <source>the user name to sign in with</source>
        <translation>der Benutzername für die Anmeldung</translation>
    </message>
    <message>
        <source>a file holding the password (- for stdin)</source>
        <translation>eine Datei mit dem Passwort (- für stdin)</translation>
    </message>
    <message>
        <source>the access key ID</source>
        <translation>die Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>a file holding the secret access key (- for stdin)</source>
        <translation>eine Datei mit dem geheimen Zugriffsschlüssel (- für stdin)</translation>
    </message>
    <message>
        <source>the region requests are signed for</source>
        <translation>die Region, für die Anfragen signiert werden</translation>
    </message>
    <message>
        <source>an S3-compatible endpoint URL</source>
        <translation>eine S3-kompatible Endpunkt-URL</translation>
    </message>
    <message>
        <source>--%1 is not used with access keys.</source>
        <translation>--%1 wird bei Zugriffsschlüsseln nicht verwendet.</translation>
    </message>
    <message>
        <source>Give both --access-key-id and --secret-key-file (the secret key is read from the file, or from stdin with -).</source>
        <translation>Geben Sie sowohl --access-key-id als auch --secret-key-file an (der geheime Schlüssel wird aus der Datei gelesen oder mit - von stdin).</translation>
    </message>
    <message>
        <source>secret access key</source>
        <translation>geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>Open the address above in a browser and sign in; waiting for the answer…</source>
        <translation>Öffnen Sie die obige Adresse in einem Browser und melden Sie sich an; warte auf die Antwort…</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. If none did, open this address:
%1</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an. Falls keines geöffnet wurde, öffnen Sie diese Adresse:
%1</translation>
    </message>
    <message>
        <source>No browser could be started. Open this address to sign in:
%1</source>
        <translation>Es konnte kein Browser gestartet werden. Öffnen Sie diese Adresse, um sich anzumelden:
%1</translation>
    </message>
    <message>
        <source>--%1 is not used with %2.</source>
        <translation>--%1 wird mit %2 nicht verwendet.</translation>
    </message>
    <message>
        <source>--username</source>
        <translation>--username</translation>
    </message>
    <message>
        <source>Give both --username and --password-file (the password is read from the file, or from stdin with -).</source>
        <translation>Geben Sie sowohl --username als auch --password-file an (das Passwort wird aus der Datei gelesen oder mit - von stdin).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1 offers no token exchange: the password is kept in the keychain.</source>
        <translation>%1 bietet keinen Token-Austausch an: Das Passwort wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>--as-user needs a user ID.</source>
        <translation>--as-user benötigt eine Benutzer-ID.</translation>
    </message>
    <message>
        <source>--%1 is for OAuth 2.0 sign-in, not with --subject.</source>
        <translation>--%1 ist für die OAuth 2.0-Anmeldung, nicht mit --subject.</translation>
    </message>
    <message>
        <source>Cannot create a temporary profile folder.</source>
        <translation>Es kann kein temporärer Profilordner erstellt werden.</translation>
    </message>
    <message>
        <source>Secrets go to the %1 under a throwaway profile.</source>
        <translation>Geheimnisse werden in einem Wegwerfprofil hier gespeichert: %1.</translation>
    </message>
    <message>
        <source>The demo keeps its secrets in memory instead.</source>
        <translation>Die Demo hält ihre Geheimnisse stattdessen im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox läuft unter %1</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in with PKCE</source>
        <translation>OAuth 2.0-Anmeldung mit PKCE</translation>
    </message>
    <message>
        <source>Refresh (single-use refresh token)</source>
        <translation>Erneuern (einmal verwendbares Aktualisierungstoken)</translation>
    </message>
    <message>
        <source>JWT with a fresh key pair</source>
        <translation>JWT mit neuem Schlüsselpaar</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <source>Password exchanged for tokens</source>
        <translation>Gegen Token eingetauschtes Passwort</translation>
    </message>
    <message>
        <source>Revoke and disconnect</source>
        <translation>Widerrufen und trennen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>not yet available</source>
        <translation>noch nicht verfügbar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 steps: %2 held, %3 failed, %4 not yet available.</source>
        <translation>%1 Schritte: %2 bestanden, %3 fehlgeschlagen, %4 noch nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo step(s) failed.</source>
        <translation>
            <numerusform>%n Demo-Schritt ist fehlgeschlagen.</numerusform>
            <numerusform>%n Demo-Schritte sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>verbunden als %1</translation>
    </message>
    <message>
        <source>needs the OAuth 2.0 account</source>
        <translation>benötigt das OAuth 2.0-Konto</translation>
    </message>
    <message>
        <source>no refresh reached the sandbox</source>
        <translation>keine Erneuerung hat die Sandbox erreicht</translation>
    </message>
    <message>
        <source>new tokens twice, the rotated refresh token kept</source>
        <translation>zweimal neue Token, das rotierte Aktualisierungstoken wurde übernommen</translation>
    </message>
    <message>
        <source>Public Key ID %1, enterprise token</source>
        <translation>Public-Key-ID %1, Unternehmens-Token</translation>
    </message>
    <message>
        <source>enterprise token</source>
        <translation>Unternehmens-Token</translation>
    </message>
    <message>
        <source>%1, connected as %2</source>
        <translation>%1, verbunden als %2</translation>
    </message>
    <message>
        <source>the password was kept instead of exchanged</source>
        <translation>das Passwort wurde aufbewahrt statt eingetauscht</translation>
    </message>
    <message>
        <source>connected as %1, password forgotten, tokens refreshed</source>
        <translation>verbunden als %1, Passwort verworfen, Token erneuert</translation>
    </message>
    <message>
        <source>the sandbox saw no revocation</source>
        <translation>die Sandbox hat keinen Widerruf gesehen</translation>
    </message>
    <message>
        <source>revoked at the sandbox, account and secrets deleted</source>
        <translation>bei der Sandbox widerrufen, Konto und Geheimnisse gelöscht</translation>
    </message>
    <message>
        <source>AuthDeck demo: every connect flow against the built-in sandbox.</source>
        <translation>AuthDeck-Demo: jeder Verbindungsablauf gegen die integrierte Sandbox.</translation>
    </message>
    <message>
        <source>Run every connect flow against the built-in sandbox, in a throwaway profile, and print one line per step.</source>
        <translation>Jeden Verbindungsablauf gegen die integrierte Sandbox in einem Wegwerfprofil ausführen und eine Zeile pro Schritt ausgeben.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; does not take Google service account keys.</source>
        <translation>Der Anbieter &quot;%1&quot; akzeptiert keine Google-Dienstkontoschlüssel.</translation>
    </message>
    <message>
        <source>service account key</source>
        <translation>Dienstkontoschlüssel</translation>
    </message>
    <message>
        <source>A service account token needs at least one --scope.</source>
        <translation>Ein Dienstkonto-Token benötigt mindestens ein --scope.</translation>
    </message>
    <message>
        <source>The service account key file&apos;s &quot;private_key&quot; cannot be used: %1.</source>
        <translation>&quot;private_key&quot; der Dienstkonto-Schlüsseldatei kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Registered the service account %1 as the app &quot;%2&quot; (%3, JWT, key %4); the private key is in the keychain.</source>
        <translation>Das Dienstkonto %1 wurde als App &quot;%2&quot; registriert (%3, JWT, Schlüssel %4); der private Schlüssel ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Register a Google service account from its JSON key file (JWT); the private key goes to the keychain. Connect with connect --app NAME, or --subject user:EMAIL for domain-wide delegation.</source>
        <translation>Ein Google-Dienstkonto aus seiner JSON-Schlüsseldatei registrieren (JWT); der private Schlüssel kommt in den Schlüsselbund. Verbinden Sie mit connect --app NAME, oder mit --subject user:EMAIL für die domänenweite Delegierung.</translation>
    </message>
    <message>
        <source>the service account&apos;s JSON key file (- for stdin)</source>
        <translation>die JSON-Schlüsseldatei des Dienstkontos (- für stdin)</translation>
    </message>
    <message>
        <source>a scope the token is for (repeatable; default: the provider&apos;s default)</source>
        <translation>eine Berechtigung, für die das Token gilt (wiederholbar; Standard: die Standardberechtigung des Anbieters)</translation>
    </message>
    <message>
        <source>a provider taking service account keys (default google-drive)</source>
        <translation>ein Anbieter, der Dienstkontoschlüssel akzeptiert (Standard: google-drive)</translation>
    </message>
    <message>
        <source>override the key file&apos;s token_uri</source>
        <translation>token_uri der Schlüsseldatei überschreiben</translation>
    </message>
    <message>
        <source>the signing algorithm (default RS256)</source>
        <translation>der Signaturalgorithmus (Standard: RS256)</translation>
    </message>
    <message>
        <source>--bits takes 2048, 3072 or 4096, not &quot;%1&quot;.</source>
        <translation>--bits erwartet 2048, 3072 oder 4096, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already exists; AuthDeck never replaces a key file. Choose another name or remove it first.</source>
        <translation>%1 existiert bereits; AuthDeck ersetzt nie eine Schlüsseldatei. Wählen Sie einen anderen Namen oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>--out and --public-out name the same file.</source>
        <translation>--out und --public-out nennen dieselbe Datei.</translation>
    </message>
    <message>
        <source>the passphrase is shorter than 12 characters; a longer one protects the key file better.</source>
        <translation>die Passphrase ist kürzer als 12 Zeichen; eine längere schützt die Schlüsseldatei besser.</translation>
    </message>
    <message>
        <source>Generating a %1-bit RSA key…</source>
        <translation>%1-Bit-RSA-Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>Wrote the encrypted private key to %1 (mode 0600).</source>
        <translation>Der verschlüsselte private Schlüssel wurde nach %1 geschrieben (Modus 0600).</translation>
    </message>
    <message>
        <source>Wrote the public key to %1; add it to the app at the provider and note its Public Key ID.</source>
        <translation>Der öffentliche Schlüssel wurde nach %1 geschrieben; fügen Sie ihn beim Anbieter zur App hinzu und notieren Sie seine Public-Key-ID.</translation>
    </message>
    <message>
        <source>Give --public-out FILE to also write the public key, which the provider&apos;s console needs.</source>
        <translation>Geben Sie --public-out DATEI an, um auch den öffentlichen Schlüssel zu schreiben, den die Konsole des Anbieters benötigt.</translation>
    </message>
    <message>
        <source>Generate an RSA key pair for server authentication (JWT): the private key encrypted (PBKDF2, 600,000 rounds, AES-256), mode 0600; prints its SHA-256 fingerprint.</source>
        <translation>Ein RSA-Schlüsselpaar für die Serverauthentifizierung (JWT) erzeugen: der private Schlüssel verschlüsselt (PBKDF2, 600.000 Runden, AES-256), Modus 0600; gibt seinen SHA-256-Fingerabdruck aus.</translation>
    </message>
    <message>
        <source>key size: 2048, 3072 (default) or 4096</source>
        <translation>Schlüsselgröße: 2048, 3072 (Standard) oder 4096</translation>
    </message>
    <message>
        <source>a file holding the passphrase that encrypts the key (- for stdin)</source>
        <translation>eine Datei mit der Passphrase, die den Schlüssel verschlüsselt (- für stdin)</translation>
    </message>
    <message>
        <source>the private key file to write (must not exist)</source>
        <translation>die zu schreibende private Schlüsseldatei (darf nicht existieren)</translation>
    </message>
    <message>
        <source>also write the public key here</source>
        <translation>den öffentlichen Schlüssel zusätzlich hierhin schreiben</translation>
    </message>
    <message>
        <source>Renewed; the new token is valid until %1.</source>
        <translation>Erneuert; das neue Token ist gültig bis %1.</translation>
    </message>
    <message>
        <source>Renewed.</source>
        <translation>Erneuert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the provider answered as %2.</source>
        <translation>&quot;%1&quot; funktioniert: Der Anbieter hat als %2 geantwortet.</translation>
    </message>
    <message>
        <source>Disconnected &quot;%1&quot;: access revoked at the provider and its secrets deleted.</source>
        <translation>&quot;%1&quot; getrennt: Zugriff beim Anbieter widerrufen und Geheimnisse gelöscht.</translation>
    </message>
    <message>
        <source>Disconnected &quot;%1&quot;: its secrets are deleted. The provider offers no way to revoke access from here; revoke it in the provider&apos;s console if needed.</source>
        <translation>&quot;%1&quot; getrennt: Die Geheimnisse sind gelöscht. Der Anbieter bietet keine Möglichkeit, den Zugriff von hier aus zu widerrufen; widerrufen Sie ihn bei Bedarf in der Konsole des Anbieters.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from this machine, but the provider could not confirm the revocation (%2): revoke it in the provider&apos;s console.</source>
        <translation>&quot;%1&quot; wurde von diesem Rechner entfernt, aber der Anbieter konnte den Widerruf nicht bestätigen (%2): Widerrufen Sie den Zugriff in der Konsole des Anbieters.</translation>
    </message>
    <message>
        <source>Make a real verification call and print the identity.</source>
        <translation>Einen echten Verifizierungsaufruf ausführen und die Identität ausgeben.</translation>
    </message>
    <message>
        <source>Print a valid access token, refreshed or minted again first if needed.</source>
        <translation>Ein gültiges Zugriffstoken ausgeben, bei Bedarf zuvor erneuert oder neu ausgestellt.</translation>
    </message>
    <message>
        <source>Renew the access token now (refresh, or mint a new one).</source>
        <translation>Das Zugriffstoken jetzt erneuern (per Aktualisierung oder neu ausstellen).</translation>
    </message>
    <message>
        <source>Revoke the account&apos;s access at the provider where it can, then delete its secrets and settings.</source>
        <translation>Den Zugriff des Kontos beim Anbieter widerrufen, wo möglich, und dann seine Geheimnisse und Einstellungen löschen.</translation>
    </message>
    <message>
        <source>remove the account here even when the provider cannot be reached to revoke access</source>
        <translation>das Konto hier entfernen, auch wenn der Anbieter zum Widerrufen des Zugriffs nicht erreichbar ist</translation>
    </message>
    <message>
        <source>authdeck-cli: error: %1 What to do: %2</source>
        <translation>authdeck-cli: Fehler: %1 Abhilfe: %2</translation>
    </message>
    <message>
        <source>held: endpoints changed</source>
        <translation>blockiert: Endpunkte geändert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>Pinned origins</source>
        <translation>Fixierte Ursprünge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>held: its endpoints changed (%1); nothing is sent until you run &quot;authdeck-cli apps approve %2&quot;</source>
        <translation>blockiert: Die Endpunkte haben sich geändert (%1); es wird nichts gesendet, bis Sie &quot;authdeck-cli apps approve %2&quot; ausführen</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; was not held: its endpoints are the pinned ones.</source>
        <translation>Die App &quot;%1&quot; war nicht blockiert: Ihre Endpunkte entsprechen den fixierten.</translation>
    </message>
    <message>
        <source>Approved: the app &quot;%1&quot; and its accounts now use these endpoints.</source>
        <translation>Genehmigt: Die App &quot;%1&quot; und ihre Konten verwenden jetzt diese Endpunkte.</translation>
    </message>
    <message>
        <source>Pin an app&apos;s endpoints again after they changed (a provider file, an edit or an import), once you have checked them.</source>
        <translation>Die Endpunkte einer App erneut fixieren, nachdem sie sich geändert haben (durch eine Anbieterdatei, eine Bearbeitung oder einen Import), sobald Sie sie geprüft haben.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the Box config file&apos;s private key (boxAppSettings.appAuth.privateKey) cannot be used: %2.</source>
        <translation>%1: Der private Schlüssel der Box-Konfigurationsdatei (boxAppSettings.appAuth.privateKey) kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>the app &quot;%1&quot; is held: the bundle changed its endpoints (%2)%3. Nothing is sent until you check them and run &quot;authdeck-cli apps approve %1&quot;.</source>
        <translation>die App &quot;%1&quot; ist blockiert: Das Paket hat ihre Endpunkte geändert (%2)%3. Es wird nichts gesendet, bis Sie sie prüfen und &quot;authdeck-cli apps approve %1&quot; ausführen.</translation>
    </message>
    <message>
        <source>; its old secrets were deleted</source>
        <translation>; ihre alten Geheimnisse wurden gelöscht</translation>
    </message>
    <message>
        <source>the copy &quot;%1&quot; needs a sign-in of its own: copies never share a refresh token.</source>
        <translation>die Kopie &quot;%1&quot; benötigt eine eigene Anmeldung: Kopien teilen nie ein Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses %2: give the subject with --subject enterprise, --subject enterprise:ID or --subject user:ID.</source>
        <translation>Die App &quot;%1&quot; verwendet %2: Geben Sie das Subjekt mit --subject enterprise, --subject enterprise:ID oder --subject user:ID an.</translation>
    </message>
    <message>
        <source>enterprise (the app&apos;s own), enterprise:ID (another enterprise that authorized the app) or user:ID (server authentication)</source>
        <translation>enterprise (das eigene Unternehmen der App), enterprise:ID (ein anderes Unternehmen, das die App autorisiert hat) oder user:ID (Serverauthentifizierung)</translation>
    </message>
    <message>
        <source>first confirm with this OAuth 2.0 account that its user is an admin or co-admin of the enterprise (org-wide access)</source>
        <translation>zuerst mit diesem OAuth 2.0-Konto bestätigen, dass sein Benutzer Administrator oder Co-Administrator des Unternehmens ist (organisationsweiter Zugriff)</translation>
    </message>
    <message>
        <source>replace this account of the same app and identity (its grant is revoked first)</source>
        <translation>dieses Konto derselben App und Identität ersetzen (sein Grant wird zuerst widerrufen)</translation>
    </message>
    <message>
        <source>Sign an OAuth 2.0 account in again, keeping its settings; refused (exit 3) when the browser signs in someone else.</source>
        <translation>Ein OAuth 2.0-Konto erneut anmelden, wobei seine Einstellungen erhalten bleiben; abgelehnt (Exit-Code 3), wenn sich im Browser jemand anderes anmeldet.</translation>
    </message>
    <message>
        <source>accept a different user or enterprise than the account&apos;s own</source>
        <translation>einen anderen Benutzer oder ein anderes Unternehmen als das des Kontos akzeptieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not sign in with OAuth 2.0 in a browser; connect it again instead (authdeck-cli connect).</source>
        <translation>&quot;%1&quot; meldet sich nicht mit OAuth 2.0 im Browser an; verbinden Sie es stattdessen erneut (authdeck-cli connect).</translation>
    </message>
    <message>
        <source>The demo profile&apos;s key could not be deleted from the keychain: %1</source>
        <translation>Der Schlüssel des Demo-Profils konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation>Geräteautorisierung</translation>
    </message>
    <message>
        <source>Userinfo URL</source>
        <translation>Userinfo-URL</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Redirects carry iss</source>
        <translation>Weiterleitungen tragen iss</translation>
    </message>
    <message>
        <source>yes, checked (RFC 9207)</source>
        <translation>ja, geprüft (RFC 9207)</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Certificate x5t#S256</source>
        <translation>Zertifikat x5t#S256</translation>
    </message>
    <message>
        <source>RS256, RS384 or RS512 (JWT); RS256 or PS256 (private_key_jwt)</source>
        <translation>RS256, RS384 oder RS512 (JWT); RS256 oder PS256 (private_key_jwt)</translation>
    </message>
    <message>
        <source>read the endpoints from this issuer&apos;s discovery metadata (RFC 8414, OpenID Connect)</source>
        <translation>die Endpunkte aus den Discovery-Metadaten dieses Ausstellers lesen (RFC 8414, OpenID Connect)</translation>
    </message>
    <message>
        <source>client_secret_basic, client_secret_post, private_key_jwt or none (default: from the key or secret given and what the server supports)</source>
        <translation>client_secret_basic, client_secret_post, private_key_jwt oder none (Standard: nach dem angegebenen Schlüssel oder Geheimnis und dem, was der Server unterstützt)</translation>
    </message>
    <message>
        <source>the private key (PEM) that signs client assertions (private_key_jwt)</source>
        <translation>der private Schlüssel (PEM), der Client-Assertions signiert (private_key_jwt)</translation>
    </message>
    <message>
        <source>the kid the server knows the key by</source>
        <translation>die kid, unter der der Server den Schlüssel kennt</translation>
    </message>
    <message>
        <source>a file holding the private key&apos;s passphrase, when it is encrypted</source>
        <translation>eine Datei mit der Passphrase des privaten Schlüssels, wenn er verschlüsselt ist</translation>
    </message>
    <message>
        <source>the key&apos;s certificate (PEM; it may hold the key too): assertions carry its x5t#S256 (Microsoft Entra ID)</source>
        <translation>das Zertifikat des Schlüssels (PEM; es darf auch den Schlüssel enthalten): Assertions tragen seinen x5t#S256 (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>sign in with a code on any other device (RFC 8628 device flow): prints the verification URI, the user code and the URI that carries it</source>
        <translation>mit einem Code auf einem beliebigen anderen Gerät anmelden (RFC 8628, Geräte-Flow): gibt die Bestätigungs-URI, den Benutzercode und die URI aus, die ihn enthält</translation>
    </message>
    <message>
        <source>sign in with a code on any other device (RFC 8628 device flow)</source>
        <translation>mit einem Code auf einem beliebigen anderen Gerät anmelden (RFC 8628, Geräte-Flow)</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2%3. The code expires in %4 minutes; waiting…</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät %1 und geben Sie den Code %2 ein%3. Der Code läuft in %4 Minuten ab; warte …</translation>
    </message>
    <message>
        <source> (or open %1, which carries the code)</source>
        <translation> (oder öffnen Sie %1, das den Code enthält)</translation>
    </message>
    <message>
        <source>Discovery by issuer (RFC 8414, OpenID Connect)</source>
        <translation>Discovery über den Aussteller (RFC 8414, OpenID Connect)</translation>
    </message>
    <message>
        <source>Sign-in with private_key_jwt client authentication</source>
        <translation>Anmeldung mit private_key_jwt-Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Device flow with slow_down (RFC 8628)</source>
        <translation>Geräte-Flow mit slow_down (RFC 8628)</translation>
    </message>
    <message>
        <source>Microsoft 365: admin consent, then app-only with a certificate</source>
        <translation>Microsoft 365: Administratorzustimmung, dann reiner App-Zugriff mit einem Zertifikat</translation>
    </message>
    <message>
        <source>no oauth2 provider</source>
        <translation>kein oauth2-Anbieter</translation>
    </message>
    <message>
        <source>endpoints from %1, iss checked, client_secret_basic, connected as %2</source>
        <translation>Endpunkte von %1, iss geprüft, client_secret_basic, verbunden als %2</translation>
    </message>
    <message>
        <source>the sandbox saw no client assertion</source>
        <translation>die Sandbox hat keine Client-Assertion gesehen</translation>
    </message>
    <message>
        <source>PS256 assertions for the code and the refresh</source>
        <translation>PS256-Assertions für den Code und die Erneuerung</translation>
    </message>
    <message>
        <source>code %1 entered, %2 slow_down honoured, connected as %3</source>
        <translation>Code %1 eingegeben, %2 slow_down beachtet, verbunden als %3</translation>
    </message>
    <message>
        <source>tenant %1 consented; x5t#S256 assertion, connected as %2</source>
        <translation>Mandant %1 hat zugestimmt; x5t#S256-Assertion, verbunden als %2</translation>
    </message>
    <message>
        <source>--certificate-days takes a number of days from 1 to 3650.</source>
        <translation>--certificate-days erwartet eine Anzahl Tage von 1 bis 3650.</translation>
    </message>
    <message>
        <source>Wrote a self-signed certificate to %1 (x5t#S256 %2); upload it to the app&apos;s certificates at the provider (Microsoft Entra ID: Certificates &amp; secrets).</source>
        <translation>Selbstsigniertes Zertifikat nach %1 geschrieben (x5t#S256 %2); laden Sie es beim Anbieter zu den Zertifikaten der App hoch (Microsoft Entra ID: Zertifikate &amp; Geheimnisse).</translation>
    </message>
    <message>
        <source>also write a self-signed certificate for the key (private_key_jwt with x5t#S256, Microsoft Entra ID)</source>
        <translation>zusätzlich ein selbstsigniertes Zertifikat für den Schlüssel schreiben (private_key_jwt mit x5t#S256, Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>the certificate&apos;s common name (default &quot;AuthDeck app&quot;)</source>
        <translation>der allgemeine Name (CN) des Zertifikats (Standard „AuthDeck app“)</translation>
    </message>
    <message>
        <source>how long the certificate is valid (default 730)</source>
        <translation>wie lange das Zertifikat gültig ist (Standard 730)</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 is larger than 64 KB.</source>
        <translation>%1 %2 ist größer als 64 KB.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Reading the discovery metadata of %1…</source>
        <translation>Lese die Discovery-Metadaten von %1 …</translation>
    </message>
    <message>
        <source>%1 reads its endpoints from the server: give its issuer with --issuer URL (or --authorize-url and --token-url).</source>
        <translation>%1 liest seine Endpunkte vom Server: geben Sie dessen Aussteller mit --issuer URL an (oder --authorize-url und --token-url).</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Das Zertifikat</translation>
    </message>
    <message>
        <source>--certificate-file needs the certificate&apos;s private key: give --private-key-file, or a PEM file that holds both.</source>
        <translation>--certificate-file braucht den privaten Schlüssel des Zertifikats: geben Sie --private-key-file an oder eine PEM-Datei, die beides enthält.</translation>
    </message>
    <message>
        <source>--client-auth private_key_jwt needs --private-key-file.</source>
        <translation>--client-auth private_key_jwt braucht --private-key-file.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>Der private Schlüssel</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>Der private Schlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Open the address above as an administrator of the tenant and accept; waiting for the answer…</source>
        <translation>Öffnen Sie die Adresse oben als Administrator des Mandanten und stimmen Sie zu; warte auf die Antwort …</translation>
    </message>
    <message>
        <source>Accept as an administrator of the tenant in the browser window that opened. If none did, open this address:
%1</source>
        <translation>Stimmen Sie im geöffneten Browserfenster als Administrator des Mandanten zu. Falls sich keines geöffnet hat, öffnen Sie diese Adresse:
%1</translation>
    </message>
    <message>
        <source>No browser could be started. Open this address as an administrator of the tenant:
%1</source>
        <translation>Es konnte kein Browser gestartet werden. Öffnen Sie diese Adresse als Administrator des Mandanten:
%1</translation>
    </message>
    <message>
        <source>The tenant %1 granted admin consent to the app &quot;%2&quot;; connect it now: authdeck-cli connect --app &quot;%2&quot;</source>
        <translation>Der Mandant %1 hat der App „%2“ als Administrator zugestimmt; verbinden Sie sie jetzt: authdeck-cli connect --app &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the app tenant-wide consent (Microsoft 365) and wait for the answer; prints the tenant.</source>
        <translation>Einen Administrator um mandantenweite Zustimmung für die App bitten (Microsoft 365) und auf die Antwort warten; gibt den Mandanten aus.</translation>
    </message>
    <message>
        <source>do not open a browser; print the consent URL alone on the first line of stdout</source>
        <translation>keinen Browser öffnen; die Zustimmungs-URL allein in der ersten Zeile der Standardausgabe ausgeben</translation>
    </message>
    <message>
        <source>how long to wait for the answer (default 300)</source>
        <translation>wie lange auf die Antwort gewartet wird (Standard 300)</translation>
    </message>
    <message>
        <source>This profile already belongs to the team &quot;%1&quot; (%2). Leave it first with &quot;authdeck-cli team leave&quot;, or use another folder with --profile DIR.</source>
        <translation>Dieses Profil gehört bereits zum Team &quot;%1&quot; (%2). Verlassen Sie es zuerst mit &quot;authdeck-cli team leave&quot;, oder verwenden Sie mit --profile DIR einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This profile already holds %1 apps and %2 accounts of its own, and a team profile keeps everything in the team&apos;s database. Use an empty folder with --profile DIR, and bring them over with &quot;authdeck-cli export&quot; and &quot;authdeck-cli import&quot; once it is in the team.</source>
        <translation>Dieses Profil enthält bereits %1 eigene Apps und %2 eigene Konten, und ein Teamprofil bewahrt alles in der Datenbank des Teams auf. Verwenden Sie mit --profile DIR einen leeren Ordner, und übernehmen Sie die Apps und Konten mit &quot;authdeck-cli export&quot; und &quot;authdeck-cli import&quot;, sobald das neue Profil zum Team gehört.</translation>
    </message>
    <message>
        <source>This profile is not part of a team: make one with &quot;authdeck-cli team create --database %1&quot;, or join one with &quot;authdeck-cli team join INVITE&quot;.</source>
        <translation>Dieses Profil gehört zu keinem Team: Erstellen Sie eines mit &quot;authdeck-cli team create --database %1&quot;, oder treten Sie einem mit &quot;authdeck-cli team join INVITE&quot; bei.</translation>
    </message>
    <message>
        <source>A team&apos;s key is kept in the system keychain: run this without --secret-store vault.</source>
        <translation>Der Schlüssel eines Teams wird im Schlüsselbund des Systems aufbewahrt: Führen Sie dies ohne --secret-store vault aus.</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>An invite is encrypted under a passphrase: give it with --passphrase-file F.</source>
        <translation>Eine Einladung ist mit einer Passphrase verschlüsselt: Geben Sie sie mit --passphrase-file F an.</translation>
    </message>
    <message>
        <source>The invite passphrase must have at least %1 characters.</source>
        <translation>Die Einladungs-Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 does not open the team&apos;s database %2: the team was made again, or the key belongs to another team. Nothing was changed.</source>
        <translation>%1 öffnet die Datenbank %2 des Teams nicht: Das Team wurde neu erstellt, oder der Schlüssel gehört zu einem anderen Team. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Give the team&apos;s PostgreSQL database with --database %1.</source>
        <translation>Geben Sie die PostgreSQL-Datenbank des Teams mit --database %1 an.</translation>
    </message>
    <message>
        <source>A team name has at most %1 characters.</source>
        <translation>Ein Teamname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Created the team &quot;%1&quot; in %2; this machine is its member %3. Its key is in this machine&apos;s keychain. Invite another machine with &quot;authdeck-cli team invite --out FILE --passphrase-file F&quot;.</source>
        <translation>Das Team &quot;%1&quot; wurde in %2 erstellt; dieser Computer ist sein Mitglied %3. Sein Schlüssel liegt im Schlüsselbund dieses Computers. Laden Sie einen weiteren Computer mit &quot;authdeck-cli team invite --out FILE --passphrase-file F&quot; ein.</translation>
    </message>
    <message>
        <source>Give the invite file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende Einladungsdatei mit --out FILE an.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or add --force to replace it.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei, oder fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The team key is missing from this machine&apos;s keychain (entry %1): only a member that holds it can invite. Ask another member, or join again.</source>
        <translation>Der Teamschlüssel fehlt im Schlüsselbund dieses Computers (Eintrag %1): Nur ein Mitglied, das ihn besitzt, kann einladen. Bitten Sie ein anderes Mitglied, oder treten Sie erneut bei.</translation>
    </message>
    <message>
        <source>The team key in this machine&apos;s keychain</source>
        <translation>Der Teamschlüssel im Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>the invite is not in the audit log: %1</source>
        <translation>die Einladung ist nicht im Audit-Protokoll vermerkt: %1</translation>
    </message>
    <message>
        <source>Wrote an invite to the team &quot;%1&quot; to %2. Hand the file and its passphrase over on separate ways; the other machine runs &quot;authdeck-cli team join %3 --passphrase-file F&quot;.</source>
        <translation>Eine Einladung in das Team &quot;%1&quot; wurde nach %2 geschrieben. Übergeben Sie die Datei und ihre Passphrase auf getrennten Wegen; der andere Computer führt &quot;authdeck-cli team join %3 --passphrase-file F&quot; aus.</translation>
    </message>
    <message>
        <source>Cannot read the invite %1: %2.</source>
        <translation>Die Einladung %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The invite&apos;s team key</source>
        <translation>Der Teamschlüssel der Einladung</translation>
    </message>
    <message>
        <source>Joined the team &quot;%1&quot; (%2) as its member %3. Its apps and accounts are this profile&apos;s now; &quot;authdeck-cli team status&quot; shows them.</source>
        <translation>Dem Team &quot;%1&quot; (%2) als Mitglied %3 beigetreten. Seine Apps und Konten gehören jetzt zu diesem Profil; &quot;authdeck-cli team status&quot; zeigt sie an.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connected, tokens only (this database role may not change apps)</source>
        <translation>verbunden, nur Token (diese Datenbankrolle darf keine Apps ändern)</translation>
    </message>
    <message>
        <source>read-only (the server takes no writes: renewals fail)</source>
        <translation>schreibgeschützt (der Server nimmt keine Schreibzugriffe an: Erneuerungen schlagen fehl)</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>This profile is not part of a team.</source>
        <translation>Dieses Profil gehört zu keinem Team.</translation>
    </message>
    <message>
        <source>Team:      %1 (%2)</source>
        <translation>Team:       %1 (%2)</translation>
    </message>
    <message>
        <source>Database:  %1</source>
        <translation>Datenbank:  %1</translation>
    </message>
    <message>
        <source>Member:    %1</source>
        <translation>Mitglied:   %1</translation>
    </message>
    <message>
        <source>State:     %1</source>
        <translation>Zustand:    %1</translation>
    </message>
    <message>
        <source>Schema:    version %1</source>
        <translation>Schema:     Version %1</translation>
    </message>
    <message>
        <source>Shared:    %1 apps, %2 accounts</source>
        <translation>Geteilt:    %1 Apps, %2 Konten</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <source>DATABASE USER</source>
        <translation>DATENBANKBENUTZER</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>leaving is not in the team&apos;s audit log: %1</source>
        <translation>das Verlassen ist nicht im Audit-Protokoll des Teams vermerkt: %1</translation>
    </message>
    <message>
        <source>the team key could not be removed from the keychain: %1</source>
        <translation>der Teamschlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>This profile has left the team &quot;%1&quot;. The team&apos;s apps and accounts stay in %2 for its other members; this machine no longer holds the team key.</source>
        <translation>Dieses Profil hat das Team &quot;%1&quot; verlassen. Die Apps und Konten des Teams bleiben für seine anderen Mitglieder in %2; dieser Computer besitzt den Teamschlüssel nicht mehr.</translation>
    </message>
    <message>
        <source>the database password (else ~/.pgpass or libpq&apos;s other ways)</source>
        <translation>das Datenbankpasswort (sonst ~/.pgpass oder die anderen Wege von libpq)</translation>
    </message>
    <message>
        <source>the invite&apos;s passphrase</source>
        <translation>die Passphrase der Einladung</translation>
    </message>
    <message>
        <source>Make this profile a team&apos;s: its apps and accounts in a PostgreSQL database</source>
        <translation>Dieses Profil zu einem Teamprofil machen: seine Apps und Konten in einer PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>the database, %1</source>
        <translation>die Datenbank, %1</translation>
    </message>
    <message>
        <source>what the team is called</source>
        <translation>wie das Team heißt</translation>
    </message>
    <message>
        <source>Write the team key and the binding, encrypted, for another machine</source>
        <translation>Den Teamschlüssel und die Bindung verschlüsselt für einen anderen Computer schreiben</translation>
    </message>
    <message>
        <source>the invite file to write</source>
        <translation>die zu schreibende Einladungsdatei</translation>
    </message>
    <message>
        <source>Join a team with an invite: this profile then uses the team&apos;s database</source>
        <translation>Mit einer Einladung einem Team beitreten: Dieses Profil verwendet dann die Datenbank des Teams</translation>
    </message>
    <message>
        <source>connect as this database role instead of the invite&apos;s</source>
        <translation>als diese Datenbankrolle verbinden statt als die der Einladung</translation>
    </message>
    <message>
        <source>Show the team, its database&apos;s state, its members and recent activity</source>
        <translation>Das Team, den Zustand seiner Datenbank, seine Mitglieder und die letzten Aktivitäten anzeigen</translation>
    </message>
    <message>
        <source>Unbind this profile from its team and remove the team key from this machine</source>
        <translation>Dieses Profil von seinem Team lösen und den Teamschlüssel von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>AuthDeck scopes</source>
        <translation>AuthDeck-Berechtigungen</translation>
    </message>
    <message>
        <source>a scope to request: the provider&apos;s own, an AuthDeck scope such as files.read, files.read[box:root_readonly] or box:manage_webhook (repeatable; default: the provider&apos;s)</source>
        <translation>eine anzufordernde Berechtigung: eine eigene des Anbieters, eine AuthDeck-Berechtigung wie files.read, files.read[box:root_readonly] oder box:manage_webhook (wiederholbar; Standard: die des Anbieters)</translation>
    </message>
    <message>
        <source>The %1 %2 is larger than a Box delivery can be.</source>
        <translation>Die %1 %2 ist größer, als eine Box-Zustellung sein kann.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>set (fingerprint %1)</source>
        <translation>festgelegt (Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>TRIGGERS</source>
        <translation>AUSLÖSER</translation>
    </message>
    <message>
        <source>Give what to watch with --target folder:ID (or file:ID) and where Box sends deliveries with --address https://...</source>
        <translation>Geben Sie mit --target folder:ID (oder file:ID) an, was überwacht werden soll, und mit --address https://..., wohin Box die Zustellungen sendet.</translation>
    </message>
    <message>
        <source>Box now sends %1 on %2:%3 to %4. Check each delivery with &quot;authdeck-cli webhooks verify&quot;.</source>
        <translation>Box sendet jetzt %1 zu %2:%3 an %4. Prüfen Sie jede Zustellung mit &quot;authdeck-cli webhooks verify&quot;.</translation>
    </message>
    <message>
        <source>Deleted the webhook %1.</source>
        <translation>Der Webhook %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Give the app with --app NAME, the delivery&apos;s headers with --headers-file F and its body with --body-file F.</source>
        <translation>Geben Sie die App mit --app NAME, die Header der Zustellung mit --headers-file F und ihren Body mit --body-file F an.</translation>
    </message>
    <message>
        <source>headers file</source>
        <translation>Header-Datei</translation>
    </message>
    <message>
        <source>body file</source>
        <translation>Body-Datei</translation>
    </message>
    <message>
        <source>Genuine: signed by Box for &quot;%1&quot; with the primary key, delivered %2 (delivery %3).</source>
        <translation>Echt: von Box für &quot;%1&quot; mit dem Primärschlüssel signiert, zugestellt am %2 (Zustellung %3).</translation>
    </message>
    <message>
        <source>Genuine: signed by Box for &quot;%1&quot; with the secondary key, delivered %2 (delivery %3).</source>
        <translation>Echt: von Box für &quot;%1&quot; mit dem Sekundärschlüssel signiert, zugestellt am %2 (Zustellung %3).</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>Give the keys from the Developer Console (Webhooks, Manage signature keys) with --primary-file F and/or --secondary-file F.</source>
        <translation>Geben Sie die Schlüssel aus der Developer Console (Webhooks, Manage signature keys) mit --primary-file F und/oder --secondary-file F an.</translation>
    </message>
    <message>
        <source>Webhook signature keys of &quot;%1&quot;: primary %2, secondary %3. To rotate: generate a new secondary key in the Developer Console, store it here with --secondary-file, check a delivery with &quot;webhooks verify&quot;, then do the same for the primary.</source>
        <translation>Webhook-Signaturschlüssel von &quot;%1&quot;: primär %2, sekundär %3. Zum Rotieren: Erzeugen Sie in der Developer Console einen neuen Sekundärschlüssel, speichern Sie ihn hier mit --secondary-file, prüfen Sie eine Zustellung mit &quot;webhooks verify&quot; und verfahren Sie dann ebenso mit dem Primärschlüssel.</translation>
    </message>
    <message>
        <source>A limited token for %1; the account&apos;s own token is unchanged.</source>
        <translation>Ein eingeschränktes Token für %1; das eigene Token des Kontos bleibt unverändert.</translation>
    </message>
    <message>
        <source>A limited token for %1 on %2; the account&apos;s own token is unchanged.</source>
        <translation>Ein eingeschränktes Token für %1 auf %2; das eigene Token des Kontos bleibt unverändert.</translation>
    </message>
    <message>
        <source>Box: the webhooks the account&apos;s app has set up.</source>
        <translation>Box: die Webhooks, die die App des Kontos eingerichtet hat.</translation>
    </message>
    <message>
        <source>Box: have Box notify an https address of activity on a folder or file.</source>
        <translation>Box: eine https-Adresse von Box über Aktivitäten in einem Ordner oder einer Datei benachrichtigen lassen.</translation>
    </message>
    <message>
        <source>what to watch: folder:ID or file:ID</source>
        <translation>was überwacht wird: folder:ID oder file:ID</translation>
    </message>
    <message>
        <source>where Box sends deliveries (https, port 443)</source>
        <translation>wohin Box die Zustellungen sendet (https, Port 443)</translation>
    </message>
    <message>
        <source>a Box trigger such as FILE.UPLOADED (default: the activity triggers)</source>
        <translation>ein Box-Auslöser wie FILE.UPLOADED (Standard: die Aktivitätsauslöser)</translation>
    </message>
    <message>
        <source>Box: delete a webhook.</source>
        <translation>Box: einen Webhook löschen.</translation>
    </message>
    <message>
        <source>Box: check a delivery&apos;s signature and age (exit 3 when it is not genuine).</source>
        <translation>Box: Signatur und Alter einer Zustellung prüfen (Exit-Code 3, wenn sie nicht echt ist).</translation>
    </message>
    <message>
        <source>the app whose keys sign it</source>
        <translation>die App, deren Schlüssel sie signieren</translation>
    </message>
    <message>
        <source>the delivery&apos;s headers, &quot;Name: value&quot; lines</source>
        <translation>die Header der Zustellung, Zeilen der Form &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>the delivery&apos;s body, unchanged</source>
        <translation>der Body der Zustellung, unverändert</translation>
    </message>
    <message>
        <source>Box: keep the app&apos;s webhook signature keys in the keychain.</source>
        <translation>Box: die Webhook-Signaturschlüssel der App im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <source>the primary signature key</source>
        <translation>der primäre Signaturschlüssel</translation>
    </message>
    <message>
        <source>the secondary signature key</source>
        <translation>der sekundäre Signaturschlüssel</translation>
    </message>
    <message>
        <source>Box webhook: a signed delivery verified</source>
        <translation>Box-Webhook: eine signierte Zustellung geprüft</translation>
    </message>
    <message>
        <source>Box downscoped token for a script</source>
        <translation>Eingeschränktes Box-Token für ein Skript</translation>
    </message>
    <message>
        <source>needs the client-credentials account</source>
        <translation>benötigt das Client-Credentials-Konto</translation>
    </message>
    <message>
        <source>no local port for the receiver</source>
        <translation>kein lokaler Port für den Empfänger</translation>
    </message>
    <message>
        <source>a changed delivery was accepted</source>
        <translation>eine veränderte Zustellung wurde akzeptiert</translation>
    </message>
    <message>
        <source>delivery %1 verified with the primary key; a changed copy refused</source>
        <translation>Zustellung %1 mit dem Primärschlüssel geprüft; eine veränderte Kopie abgelehnt</translation>
    </message>
    <message>
        <source>the account&apos;s own token changed</source>
        <translation>das eigene Token des Kontos hat sich geändert</translation>
    </message>
    <message>
        <source>item_preview on folder 123456 only; the account&apos;s own token unchanged</source>
        <translation>item_preview nur auf Ordner 123456; das eigene Token des Kontos unverändert</translation>
    </message>
    <message>
        <source>Box: print a token limited to these scopes instead (the account&apos;s own token is untouched)</source>
        <translation>Box: stattdessen ein auf diese Berechtigungen eingeschränktes Token ausgeben (das eigene Token des Kontos bleibt unberührt)</translation>
    </message>
    <message>
        <source>Box: limit the downscoped token to this folder or file (its API address, or folder:ID, file:ID)</source>
        <translation>Box: das eingeschränkte Token auf diesen Ordner oder diese Datei beschränken (deren API-Adresse oder folder:ID, file:ID)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::AesGcm</name>
    <message>
        <source>Encryption failed</source>
        <translation>Verschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The authentication tag is not 16 bytes</source>
        <translation>Das Authentifizierungs-Tag ist nicht 16 Byte lang</translation>
    </message>
    <message>
        <source>Decryption failed</source>
        <translation>Entschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The data failed its integrity check: wrong key or passphrase, or it was changed</source>
        <translation>Die Daten haben die Integritätsprüfung nicht bestanden: falscher Schlüssel oder falsche Passphrase, oder sie wurden verändert</translation>
    </message>
    <message>
        <source>An AES-256 key is 32 bytes</source>
        <translation>Ein AES-256-Schlüssel ist 32 Byte lang</translation>
    </message>
    <message>
        <source>An AES-GCM nonce is 12 bytes</source>
        <translation>Eine AES-GCM-Nonce ist 12 Byte lang</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece</source>
        <translation>Die Daten sind zu groß, um in einem Stück verschlüsselt zu werden</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Base64Url</name>
    <message>
        <source>The text is not valid base64url</source>
        <translation>Der Text ist kein gültiges base64url</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Certificate</name>
    <message>
        <source>The certificate file is larger than 64 KB.</source>
        <translation>Die Zertifikatsdatei ist größer als 64 KB.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (&quot;BEGIN CERTIFICATE&quot;).</source>
        <translation>Die Datei enthält kein PEM-Zertifikat („BEGIN CERTIFICATE“).</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Das Zertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate has no public key AuthDeck reads.</source>
        <translation>Das Zertifikat hat keinen öffentlichen Schlüssel, den AuthDeck lesen kann.</translation>
    </message>
    <message>
        <source>The certificate could not be made.</source>
        <translation>Das Zertifikat konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The certificate could not be written.</source>
        <translation>Das Zertifikat konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The private key does not match the certificate (%1): they are not one key pair.</source>
        <translation>Der private Schlüssel passt nicht zum Zertifikat (%1): sie bilden kein Schlüsselpaar.</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Jws</name>
    <message>
        <source>The JWT header names the algorithm %1 but is signed with %2</source>
        <translation>Der JWT-Header nennt den Algorithmus %1, ist aber mit %2 signiert</translation>
    </message>
    <message>
        <source>The token is larger than 16 KB</source>
        <translation>Das Token ist größer als 16 KB</translation>
    </message>
    <message>
        <source>The token does not have exactly three parts</source>
        <translation>Das Token besteht nicht aus genau drei Teilen</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>The token&apos;s signature is missing or not base64url</source>
        <translation>Die Signatur des Tokens fehlt oder ist kein base64url</translation>
    </message>
    <message>
        <source>The token is signed with %1, not %2</source>
        <translation>Das Token ist mit %1 signiert, nicht mit %2</translation>
    </message>
    <message>
        <source>The token requires extensions AuthDeck does not understand</source>
        <translation>Das Token erfordert Erweiterungen, die AuthDeck nicht versteht</translation>
    </message>
    <message>
        <source>The token&apos;s %1 is not valid base64url</source>
        <translation>%1 des Tokens ist kein gültiges base64url</translation>
    </message>
    <message>
        <source>The token&apos;s %1 is not a JSON object</source>
        <translation>%1 des Tokens ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;; AuthDeck accepts RS256, RS384, RS512 and PS256</source>
        <translation>Das Token ist mit „%1“ signiert; AuthDeck akzeptiert RS256, RS384, RS512 und PS256</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::KeyFiles</name>
    <message>
        <source>Writing key files is not supported on this system yet</source>
        <translation>Das Schreiben von Schlüsseldateien wird auf diesem System noch nicht unterstützt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Pkce</name>
    <message>
        <source>A PKCE verifier must be %1 to %2 characters long</source>
        <translation>Ein PKCE-Verifier muss %1 bis %2 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::RsaKey</name>
    <message>
        <source>The key is an EC key; AuthDeck needs an RSA key</source>
        <translation>Der Schlüssel ist ein EC-Schlüssel; AuthDeck benötigt einen RSA-Schlüssel</translation>
    </message>
    <message>
        <source>The key is of type %1; AuthDeck needs an RSA key</source>
        <translation>Der Schlüssel ist vom Typ %1; AuthDeck benötigt einen RSA-Schlüssel</translation>
    </message>
    <message>
        <source>The key has %1 bits; AuthDeck needs an RSA key of at least %2 bits</source>
        <translation>Der Schlüssel hat %1 Bit; AuthDeck benötigt einen RSA-Schlüssel mit mindestens %2 Bit</translation>
    </message>
    <message>
        <source>The key has %1 bits; AuthDeck handles RSA keys of up to %2 bits</source>
        <translation>Der Schlüssel hat %1 Bit; AuthDeck verarbeitet RSA-Schlüssel mit bis zu %2 Bit</translation>
    </message>
    <message>
        <source>This is a public key; AuthDeck needs the private key</source>
        <translation>Dies ist ein öffentlicher Schlüssel; AuthDeck benötigt den privaten Schlüssel</translation>
    </message>
    <message>
        <source>The private key is damaged: its numbers do not belong together</source>
        <translation>Der private Schlüssel ist beschädigt: Seine Zahlen gehören nicht zusammen</translation>
    </message>
    <message>
        <source>AuthDeck makes RSA keys of 2048, 3072 or 4096 bits, not %1</source>
        <translation>AuthDeck erzeugt RSA-Schlüssel mit 2048, 3072 oder 4096 Bit, nicht %1</translation>
    </message>
    <message>
        <source>Key generation was cancelled</source>
        <translation>Die Schlüsselerzeugung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Could not start RSA key generation</source>
        <translation>Die RSA-Schlüsselerzeugung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>RSA key generation failed</source>
        <translation>Die RSA-Schlüsselerzeugung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The private key is empty</source>
        <translation>Der private Schlüssel ist leer</translation>
    </message>
    <message>
        <source>The private key is encrypted; enter its passphrase</source>
        <translation>Der private Schlüssel ist verschlüsselt; geben Sie seine Passphrase ein</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the private key</source>
        <translation>Die Passphrase entsperrt den privaten Schlüssel nicht</translation>
    </message>
    <message>
        <source>The text is not a PEM private key</source>
        <translation>Der Text ist kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>The private key could not be read; the PEM text is damaged or of an unknown kind</source>
        <translation>Der private Schlüssel konnte nicht gelesen werden; der PEM-Text ist beschädigt oder von unbekannter Art</translation>
    </message>
    <message>
        <source>This is a private key; give the public key only</source>
        <translation>Dies ist ein privater Schlüssel; geben Sie nur den öffentlichen Schlüssel an</translation>
    </message>
    <message>
        <source>The text is not a PEM public key</source>
        <translation>Der Text ist kein öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <source>The JWK is not an RSA key</source>
        <translation>Der JWK ist kein RSA-Schlüssel</translation>
    </message>
    <message>
        <source>Could not read the JWK</source>
        <translation>Der JWK konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The JWK&apos;s &quot;%1&quot; value is missing or not base64url</source>
        <translation>Der Wert &quot;%1&quot; des JWK fehlt oder ist kein base64url</translation>
    </message>
    <message>
        <source>The JWK does not describe a usable RSA key</source>
        <translation>Der JWK beschreibt keinen verwendbaren RSA-Schlüssel</translation>
    </message>
    <message>
        <source>This is a public key; there is no private key to save</source>
        <translation>Dies ist ein öffentlicher Schlüssel; es gibt keinen privaten Schlüssel zum Speichern</translation>
    </message>
    <message>
        <source>An encrypted private key needs a passphrase</source>
        <translation>Ein verschlüsselter privater Schlüssel benötigt eine Passphrase</translation>
    </message>
    <message>
        <source>The key file needs at least %1 PBKDF2 iterations</source>
        <translation>Die Schlüsseldatei benötigt mindestens %1 PBKDF2-Iterationen</translation>
    </message>
    <message>
        <source>Could not encrypt the private key</source>
        <translation>Der private Schlüssel konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>Could not write the private key</source>
        <translation>Der private Schlüssel konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>This is a public key; it cannot sign</source>
        <translation>Dies ist ein öffentlicher Schlüssel; er kann nicht signieren</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>Signieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not check the signature</source>
        <translation>Die Signatur konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The signature does not match the key</source>
        <translation>Die Signatur passt nicht zum Schlüssel</translation>
    </message>
    <message>
        <source>The private key is encrypted twice (PKCS#8 inside legacy PEM encryption); AuthDeck does not read such keys</source>
        <translation>Der private Schlüssel ist doppelt verschlüsselt (PKCS#8 innerhalb einer älteren PEM-Verschlüsselung); AuthDeck liest solche Schlüssel nicht</translation>
    </message>
    <message>
        <source>The key text is larger than 64 KB; it is not a PEM key</source>
        <translation>Der Schlüsseltext ist größer als 64 KB; er ist kein PEM-Schlüssel</translation>
    </message>
    <message>
        <source>%1; AuthDeck refuses such a key before spending that work. Encrypt the key again with a lower cost (for example openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</source>
        <translation>%1; AuthDeck lehnt einen solchen Schlüssel ab, bevor dieser Rechenaufwand anfällt. Verschlüsseln Sie den Schlüssel erneut mit geringeren Kosten (zum Beispiel openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</translation>
    </message>
    <message>
        <source>The private key&apos;s encryption asks for %1 %2 iterations, more than the %3 AuthDeck accepts</source>
        <translation>Die Verschlüsselung des privaten Schlüssels verlangt %1 %2-Iterationen, mehr als die %3, die AuthDeck akzeptiert</translation>
    </message>
    <message>
        <source>a negative or huge number of</source>
        <translation>eine negative oder riesige Anzahl von</translation>
    </message>
    <message>
        <source>The private key&apos;s encryption asks for scrypt with N = %1, r = %2, p = %3, more than the %4 MiB and p = %5 AuthDeck accepts</source>
        <translation>Die Verschlüsselung des privaten Schlüssels verlangt scrypt mit N = %1, r = %2, p = %3, mehr als die %4 MiB und p = %5, die AuthDeck akzeptiert</translation>
    </message>
    <message>
        <source>AuthDeck signs with RS256, RS384, RS512 or PS256, not &quot;%1&quot;</source>
        <translation>AuthDeck signiert mit RS256, RS384, RS512 oder PS256, nicht mit „%1“</translation>
    </message>
    <message>
        <source>The signature algorithm &quot;%1&quot; is not accepted; AuthDeck accepts RS256, RS384, RS512 and PS256</source>
        <translation>Der Signaturalgorithmus „%1“ wird nicht akzeptiert; AuthDeck akzeptiert RS256, RS384, RS512 und PS256</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Scrypt</name>
    <message>
        <source>The scrypt cost N must be a power of two from 2 to 2^%1</source>
        <translation>Die scrypt-Kosten N müssen eine Zweierpotenz von 2 bis 2^%1 sein</translation>
    </message>
    <message>
        <source>The scrypt parameters r and p must be 1 to %1 and 1 to %2</source>
        <translation>Die scrypt-Parameter r und p müssen 1 bis %1 bzw. 1 bis %2 sein</translation>
    </message>
    <message>
        <source>The scrypt parameters ask for more than 1 GiB of memory</source>
        <translation>Die scrypt-Parameter erfordern mehr als 1 GiB Speicher</translation>
    </message>
    <message>
        <source>A derived key must be 1 to %1 bytes</source>
        <translation>Ein abgeleiteter Schlüssel muss 1 bis %1 Byte lang sein</translation>
    </message>
    <message>
        <source>This OpenSSL has no scrypt</source>
        <translation>Dieses OpenSSL bietet kein scrypt</translation>
    </message>
    <message>
        <source>Deriving the key with scrypt failed (out of memory?)</source>
        <translation>Die Schlüsselableitung mit scrypt ist fehlgeschlagen (Speicher erschöpft?)</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::SigV4</name>
    <message>
        <source>The access key ID is empty or contains spaces, commas or slashes</source>
        <translation>Die Zugriffsschlüssel-ID ist leer oder enthält Leerzeichen, Kommas oder Schrägstriche</translation>
    </message>
    <message>
        <source>The secret access key is empty</source>
        <translation>Der geheime Zugriffsschlüssel ist leer</translation>
    </message>
    <message>
        <source>The region and service must be lower-case names such as us-east-1 and s3</source>
        <translation>Region und Dienst müssen kleingeschriebene Namen wie us-east-1 und s3 sein</translation>
    </message>
    <message>
        <source>The request to sign needs a method and a URL with a host</source>
        <translation>Die zu signierende Anfrage benötigt eine Methode und eine URL mit Host</translation>
    </message>
    <message>
        <source>The request to sign needs a time</source>
        <translation>Die zu signierende Anfrage benötigt eine Zeitangabe</translation>
    </message>
    <message>
        <source>The payload hash must be 64 lower-case hex digits or UNSIGNED-PAYLOAD</source>
        <translation>Der Payload-Hash muss aus 64 kleingeschriebenen Hex-Ziffern bestehen oder UNSIGNED-PAYLOAD sein</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the signer</source>
        <translation>Der Header &quot;%1&quot; wird vom Signierer gesetzt</translation>
    </message>
    <message>
        <source>Signing the request failed</source>
        <translation>Das Signieren der Anfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>authdeck::fields</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 ist zu lang.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>%1 hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the expected form.</source>
        <translation>%1 &quot;%2&quot; hat nicht die erwartete Form.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AccountDetailsWidget</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>App registration:</source>
        <translation>App-Registrierung:</translation>
    </message>
    <message>
        <source>Scopes requested:</source>
        <translation>Angeforderte Berechtigungen:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>Token läuft ab:</translation>
    </message>
    <message>
        <source>Last renewed:</source>
        <translation>Zuletzt erneuert:</translation>
    </message>
    <message>
        <source>Next renewal:</source>
        <translation>Nächste Erneuerung:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Make a real call with this account and show who answers</source>
        <translation>Mit diesem Konto einen echten Aufruf ausführen und anzeigen, wer antwortet</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt erneuer&amp;n</translation>
    </message>
    <message>
        <source>Sign this account in again, keeping its settings</source>
        <translation>Dieses Konto erneut anmelden, die Einstellungen bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>T&amp;rennen…</translation>
    </message>
    <message>
        <source>&amp;Copy access token</source>
        <translation>Zugriffstoken kop&amp;ieren</translation>
    </message>
    <message>
        <source>For a minute; the clipboard is cleared afterwards</source>
        <translation>Für eine Minute; danach wird die Zwischenablage geleert</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Works: the provider answered as %1.</source>
        <translation>Funktioniert: Der Anbieter hat als %1 geantwortet.</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <source>Renewed.</source>
        <translation>Erneuert.</translation>
    </message>
    <message>
        <source>Getting a valid token…</source>
        <translation>Gültiges Token wird abgerufen…</translation>
    </message>
    <message>
        <source>Access token copied; the clipboard is cleared in a minute.</source>
        <translation>Zugriffstoken kopiert; die Zwischenablage wird in einer Minute geleert.</translation>
    </message>
    <message>
        <source>Re&amp;view endpoints…</source>
        <translation>Endpunkte &amp;prüfen…</translation>
    </message>
    <message>
        <source>The app&apos;s servers changed: check them, then approve or not</source>
        <translation>Die Server der App haben sich geändert: Prüfen Sie sie und entscheiden Sie dann, ob Sie sie genehmigen</translation>
    </message>
    <message>
        <source>Connect another &amp;enterprise…</source>
        <translation>Weiteres &amp;Unternehmen verbinden…</translation>
    </message>
    <message>
        <source>Connect another enterprise that authorized the same app, with its enterprise ID</source>
        <translation>Ein weiteres Unternehmen, das dieselbe App autorisiert hat, mit seiner Enterprise-ID verbinden</translation>
    </message>
    <message>
        <source>Approved: the account uses the new endpoints.</source>
        <translation>Genehmigt: Das Konto verwendet die neuen Endpunkte.</translation>
    </message>
    <message>
        <source>Held: the app&apos;s endpoints changed (%1). Nothing is sent until you review and approve them.</source>
        <translation>Blockiert: Die Endpunkte der App haben sich geändert (%1). Es wird nichts gesendet, bis Sie sie prüfen und genehmigen.</translation>
    </message>
    <message>
        <source>Sign-in lasts until:</source>
        <translation>Anmeldung gilt bis:</translation>
    </message>
    <message>
        <source>Connected on:</source>
        <translation>Verbunden am:</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>Letzter Test:</translation>
    </message>
    <message>
        <source>The refresh token dies when it goes unused this long; AuthDeck renews it in time while it runs</source>
        <translation>Das Refresh-Token verfällt, wenn es so lange unbenutzt bleibt; AuthDeck erneuert es rechtzeitig, solange es läuft</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>%1 (%2 days unused)</source>
        <translation>%1 (%2 Tage unbenutzt)</translation>
    </message>
    <message>
        <source>Always: a new token is made when needed</source>
        <translation>Immer: Bei Bedarf wird ein neues Token erzeugt</translation>
    </message>
    <message>
        <source>Not tested since AuthDeck started</source>
        <translation>Seit dem Start von AuthDeck nicht getestet</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1: funktioniert</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Asking Box for a limited token…</source>
        <translation>Eingeschränktes Token wird bei Box angefordert…</translation>
    </message>
    <message>
        <source>A token limited to %1 copied; the account&apos;s own token is unchanged, the clipboard is cleared in a minute.</source>
        <translation>Ein auf %1 eingeschränktes Token wurde kopiert; das eigene Token des Kontos bleibt unverändert, die Zwischenablage wird in einer Minute geleert.</translation>
    </message>
    <message>
        <source>A token limited to %1 on %2 copied; the account&apos;s own token is unchanged, the clipboard is cleared in a minute.</source>
        <translation>Ein auf %1 eingeschränktes Token für %2 wurde kopiert; das eigene Token des Kontos bleibt unverändert, die Zwischenablage wird in einer Minute geleert.</translation>
    </message>
    <message>
        <source>Webhoo&amp;ks…</source>
        <translation>We&amp;bhooks…</translation>
    </message>
    <message>
        <source>Box webhooks on this account&apos;s folders and files, and their signature keys</source>
        <translation>Box-Webhooks auf Ordnern und Dateien dieses Kontos und ihre Signaturschlüssel</translation>
    </message>
    <message>
        <source>Copy a li&amp;mited token…</source>
        <translation>Einge&amp;schränktes Token kopieren…</translation>
    </message>
    <message>
        <source>A token for a script that can do only what you choose</source>
        <translation>Ein Token für ein Skript, das nur kann, was Sie auswählen</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AccountsModel</name>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>Test fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppDialog</name>
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
    <message>
        <source>The client ID and secret of the app you created at the provider. The secret is stored in the system keychain only.</source>
        <translation>Client-ID und Client-Geheimnis der App, die Sie beim Anbieter erstellt haben. Das Geheimnis wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Add an app registration</source>
        <translation>App-Registrierung hinzufügen</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>&quot;%1&quot; bearbeiten</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppEditorWidget</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For example: Corp Box</source>
        <translation>Zum Beispiel: Corp Box</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Public Key ID</source>
        <translation>Public-Key-ID</translation>
    </message>
    <message>
        <source>Shown next to the public key in the developer console</source>
        <translation>Wird in der Entwicklerkonsole neben dem öffentlichen Schlüssel angezeigt</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>Enterprise-ID</translation>
    </message>
    <message>
        <source>Admin Console → Account &amp; Billing</source>
        <translation>Admin Console → Account &amp; Billing</translation>
    </message>
    <message>
        <source>Public &amp;Key ID:</source>
        <translation>Public-&amp;Key-ID:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Custom scopes</source>
        <translation>Zusätzliche Berechtigungen</translation>
    </message>
    <message>
        <source>C&amp;ustom scopes:</source>
        <translation>Zusätzliche &amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>Only for providers that match the redirect URI&apos;s port exactly; otherwise AuthDeck picks a free port each time.</source>
        <translation>Nur für Anbieter, die den Port der Weiterleitungs-URI exakt abgleichen; andernfalls wählt AuthDeck jedes Mal einen freien Port.</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungsport</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Weiterleitung:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Register this
redirect URI:</source>
        <translation>Diese Weiterleitungs-URI
registrieren:</translation>
    </message>
    <message>
        <source>Override the provider&apos;s &amp;endpoints (advanced)</source>
        <translation>Endp&amp;unkte des Anbieters überschreiben (erweitert)</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Revocation URL:</source>
        <translation>Widerrufs-URL:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>From the provider&apos;s developer console</source>
        <translation>Aus der Entwicklerkonsole des Anbieters</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>None stored</source>
        <translation>Keines gespeichert</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to create the app at %2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;So erstellen Sie die App bei %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 (granted on request by the provider&apos;s support)</source>
        <translation>%1 (auf Anfrage vom Support des Anbieters freigeschaltet)</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>En&amp;terprise ID:</source>
        <translation>En&amp;terprise-ID:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Berechtigungen (Sc&amp;opes):</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>https://login.example.com/realms/corp</source>
        <translation>https://login.example.com/realms/corp</translation>
    </message>
    <message>
        <source>The server&apos;s issuer URL: its endpoints, PKCE and client authentication are read from its discovery metadata.</source>
        <translation>Die Aussteller-URL des Servers: Endpunkte, PKCE und Client-Authentifizierung werden aus seinen Discovery-Metadaten gelesen.</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <source>Optional: a PEM key that signs client assertions</source>
        <translation>Optional: ein PEM-Schlüssel, der Client-Assertions signiert</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: the key&apos;s certificate (x5t#S256)</source>
        <translation>Optional: das Zertifikat des Schlüssels (x5t#S256)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>Private Sch&amp;lüsseldatei:</translation>
    </message>
    <message>
        <source>Give the server&apos;s issuer URL: AuthDeck reads its endpoints from it.</source>
        <translation>Geben Sie die Aussteller-URL des Servers an: AuthDeck liest daraus seine Endpunkte.</translation>
    </message>
    <message>
        <source>A certificate needs its private key file as well.</source>
        <translation>Ein Zertifikat braucht auch die Datei seines privaten Schlüssels.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>Der private Schlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificate fi&amp;le:</source>
        <translation>Zertifikats&amp;datei:</translation>
    </message>
    <message>
        <source>Key passp&amp;hrase:</source>
        <translation>Passphrase des Sc&amp;hlüssels:</translation>
    </message>
    <message>
        <source>Use a fixed re&amp;direct port</source>
        <translation>&amp;Festen Weiterleitungsport verwenden</translation>
    </message>
    <message>
        <source>Other scopes or AuthDeck scopes (files.read), separated by spaces</source>
        <translation>Weitere Berechtigungen oder AuthDeck-Berechtigungen (files.read), durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>What the AuthDeck scopes become</source>
        <translation>Was aus den AuthDeck-Berechtigungen wird</translation>
    </message>
    <message>
        <source>Part of the AuthDeck scopes: %1</source>
        <translation>Teil der AuthDeck-Berechtigungen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no AuthDeck scopes; give its own scope names.</source>
        <translation>%1 hat keine AuthDeck-Berechtigungen; geben Sie die eigenen Berechtigungsnamen des Anbieters an.</translation>
    </message>
    <message>
        <source>AuthDeck scopes for %1, or files.read[%2:SCOPE] and %2:SCOPE to choose its own scopes:
%3</source>
        <translation>AuthDeck-Berechtigungen für %1, oder files.read[%2:SCOPE] und %2:SCOPE, um eigene Berechtigungen des Anbieters zu wählen:
%3</translation>
    </message>
    <message>
        <source>%1 asks %2 for: %3</source>
        <translation>%1 fordert bei %2 an: %3</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppsModel</name>
    <message>
        <source>Needs credentials</source>
        <translation>Anmeldedaten erforderlich</translation>
    </message>
    <message>
        <source>Key in keychain</source>
        <translation>Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppsSettingsPage</name>
    <message>
        <source>App registrations by provider</source>
        <translation>App-Registrierungen nach Anbieter</translation>
    </message>
    <message>
        <source>Provider / app</source>
        <translation>Anbieter / App</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>Beim Anbieter zu registrierende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Some providers or sign-in methods are managed by your organization (%1).</source>
        <translation>Einige Anbieter oder Anmeldemethoden werden von Ihrer Organisation verwaltet (%1).</translation>
    </message>
    <message>
        <source> (managed by your organization: not allowed)</source>
        <translation> (von Ihrer Organisation verwaltet: nicht erlaubt)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove the app registration &quot;%1&quot; and its secrets?</source>
        <translation>Die App-Registrierung &quot;%1&quot; und ihre Geheimnisse entfernen?</translation>
    </message>
    <message>
        <source>These accounts use it and will stop working until they are connected with another app: %1.</source>
        <translation>Diese Konten verwenden sie und funktionieren nicht mehr, bis sie mit einer anderen App verbunden werden: %1.</translation>
    </message>
    <message>
        <source>Remove the app registration</source>
        <translation>App-Registrierung entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>Copied the redirect URI.</source>
        <translation>Weiterleitungs-URI kopiert.</translation>
    </message>
    <message>
        <source>Admin &amp;consent…</source>
        <translation>Administrator&amp;zustimmung…</translation>
    </message>
    <message>
        <source>Ask an administrator of the tenant to grant the app access for the whole organization (Microsoft 365)</source>
        <translation>Einen Administrator des Mandanten bitten, der App Zugriff für die ganze Organisation zu gewähren (Microsoft 365)</translation>
    </message>
    <message>
        <source>Accept in the browser as an administrator of the tenant; AuthDeck waits for the answer. If no browser opened, open: %1</source>
        <translation>Stimmen Sie im Browser als Administrator des Mandanten zu; AuthDeck wartet auf die Antwort. Falls sich kein Browser geöffnet hat, öffnen Sie: %1</translation>
    </message>
    <message>
        <source>The tenant %1 granted admin consent; connect the app now.</source>
        <translation>Der Mandant %1 hat als Administrator zugestimmt; verbinden Sie die App jetzt.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::BoxSetupPages</name>
    <message>
        <source>Set up a Box app</source>
        <translation>Box-App einrichten</translation>
    </message>
    <message>
        <source>Using the key generated earlier in %1; type its passphrase again.</source>
        <translation>Der zuvor in %1 erzeugte Schlüssel wird verwendet; geben Sie seine Passphrase erneut ein.</translation>
    </message>
    <message>
        <source>Set up a Box app (resumed; secrets are typed again)</source>
        <translation>Box-App einrichten (fortgesetzt; Geheimnisse werden erneut eingegeben)</translation>
    </message>
    <message>
        <source>1. Create the app in the Box Developer Console</source>
        <translation>1. Die App in der Box Developer Console erstellen</translation>
    </message>
    <message>
        <source>Developer Console → Create Platform App. The authentication method cannot be changed later.</source>
        <translation>Developer Console → Create Platform App. Die Authentifizierungsmethode kann später nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Box service</source>
        <translation>Box-Dienst</translation>
    </message>
    <message>
        <source>&amp;Open the Developer Console</source>
        <translation>Developer Console ö&amp;ffnen</translation>
    </message>
    <message>
        <source>For user accounts choose &quot;User Authentication (OAuth 2.0)&quot; there instead and connect with Accounts → Connect an account.</source>
        <translation>Für Benutzerkonten wählen Sie dort stattdessen &quot;User Authentication (OAuth 2.0)&quot; und verbinden über Konten → Konto verbinden.</translation>
    </message>
    <message>
        <source>Box (server)</source>
        <translation>Box (Server)</translation>
    </message>
    <message>
        <source>App registration name</source>
        <translation>Name der App-Registrierung</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Configuration → OAuth 2.0 Credentials</source>
        <translation>Configuration → OAuth 2.0 Credentials</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Create a Platform App, choose how it authenticates, then copy its Client ID and Client secret from the Configuration tab.</source>
        <translation>Erstellen Sie eine Platform App, wählen Sie, wie sie sich authentifiziert, und kopieren Sie dann Client-ID und Client-Geheimnis aus der Registerkarte Configuration.</translation>
    </message>
    <message>
        <source>2. The key pair</source>
        <translation>2. Das Schlüsselpaar</translation>
    </message>
    <message>
        <source>Configuration → Add and Manage Public Keys. Generate the pair here (the private key never leaves this computer), or import the config.json Box generated.</source>
        <translation>Configuration → Add and Manage Public Keys. Erzeugen Sie das Paar hier (der private Schlüssel verlässt diesen Computer nie) oder importieren Sie die von Box erzeugte config.json.</translation>
    </message>
    <message>
        <source>&amp;Generate a key pair here</source>
        <translation>Schlüsselpaar hier &amp;erzeugen</translation>
    </message>
    <message>
        <source>I already have a &amp;config.json</source>
        <translation>Ich habe &amp;bereits eine config.json</translation>
    </message>
    <message>
        <source>Passphrase for the private key</source>
        <translation>Passphrase für den privaten Schlüssel</translation>
    </message>
    <message>
        <source>encrypts the private key file</source>
        <translation>verschlüsselt die private Schlüsseldatei</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <source>Save the new private key</source>
        <translation>Neuen privaten Schlüssel speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>E&amp;rzeugen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Generating the key pair</source>
        <translation>Schlüsselpaar wird erzeugt</translation>
    </message>
    <message>
        <source>Public key to paste into Box</source>
        <translation>Öffentlicher Schlüssel zum Einfügen in Box</translation>
    </message>
    <message>
        <source>config.json file</source>
        <translation>config.json-Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Impor&amp;tieren…</translation>
    </message>
    <message>
        <source>Box config.json</source>
        <translation>config.json von Box</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>Priv&amp;ate Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Then, in the Developer Console: Add a Public Key, paste the public key, and note the Public Key ID it shows.</source>
        <translation>Wählen Sie dann in der Developer Console Add a Public Key, fügen Sie den öffentlichen Schlüssel ein und notieren Sie die angezeigte Public-Key-ID.</translation>
    </message>
    <message>
        <source>Type the passphrase that will encrypt the new key, and where to save it, first.</source>
        <translation>Geben Sie zuerst die Passphrase, mit der der neue Schlüssel verschlüsselt wird, und den Speicherort an.</translation>
    </message>
    <message>
        <source>Stopped; no key was saved.</source>
        <translation>Angehalten; es wurde kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The key pair could not be generated: %1</source>
        <translation>Das Schlüsselpaar konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>The private key could not be saved: %1</source>
        <translation>Der private Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved the encrypted private key to %1 (readable by you only). SHA-256 fingerprint: %2</source>
        <translation>Der verschlüsselte private Schlüssel wurde in %1 gespeichert (nur für Sie lesbar). SHA-256-Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported the app&apos;s Client ID, secret, key and enterprise from %1. Consider deleting that file now: AuthDeck keeps the key in the keychain.</source>
        <translation>Client-ID, Client-Geheimnis, Schlüssel und Unternehmen der App wurden aus %1 importiert. Erwägen Sie, diese Datei jetzt zu löschen: AuthDeck bewahrt den Schlüssel im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>3. The Public Key ID</source>
        <translation>3. Die Public-Key-ID</translation>
    </message>
    <message>
        <source>Box shows it next to the key under Add and Manage Public Keys: eight letters and digits.</source>
        <translation>Box zeigt sie unter Add and Manage Public Keys neben dem Schlüssel an: acht Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Public Key ID</source>
        <translation>Public-Key-ID</translation>
    </message>
    <message>
        <source>Public &amp;Key ID:</source>
        <translation>Public-&amp;Key-ID:</translation>
    </message>
    <message>
        <source>A Public Key ID is eight letters and digits, like &quot;a1b2c3d4&quot;.</source>
        <translation>Eine Public-Key-ID besteht aus acht Buchstaben und Ziffern, z. B. &quot;a1b2c3d4&quot;.</translation>
    </message>
    <message>
        <source>4. Access level and scopes</source>
        <translation>4. Zugriffsebene und Berechtigungen</translation>
    </message>
    <message>
        <source>App Access Level: App + Enterprise Access</source>
        <translation>App Access Level: App + Enterprise Access</translation>
    </message>
    <message>
        <source>Without it the app sees only its own service account, not the enterprise&apos;s managed users and groups.</source>
        <translation>Ohne diese Einstellung sieht die App nur ihr eigenes Dienstkonto, nicht die verwalteten Benutzer und Gruppen des Unternehmens.</translation>
    </message>
    <message>
        <source>Read and write all files and folders</source>
        <translation>Read and write all files and folders</translation>
    </message>
    <message>
        <source>Lets AuthDeck&apos;s accounts list, read and change content.</source>
        <translation>Ermöglicht den Konten von AuthDeck, Inhalte aufzulisten, zu lesen und zu ändern.</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Needed to look up and administer the enterprise&apos;s users.</source>
        <translation>Erforderlich, um die Benutzer des Unternehmens nachzuschlagen und zu verwalten.</translation>
    </message>
    <message>
        <source>Manage groups</source>
        <translation>Manage groups</translation>
    </message>
    <message>
        <source>Needed to read and change group memberships.</source>
        <translation>Erforderlich, um Gruppenmitgliedschaften zu lesen und zu ändern.</translation>
    </message>
    <message>
        <source>Manage enterprise properties</source>
        <translation>Manage enterprise properties</translation>
    </message>
    <message>
        <source>Reads the enterprise&apos;s settings and its events (activity).</source>
        <translation>Liest die Einstellungen des Unternehmens und seine Ereignisse (Aktivität).</translation>
    </message>
    <message>
        <source>Manage webhooks</source>
        <translation>Manage webhooks</translation>
    </message>
    <message>
        <source>Recent-files and activity monitoring are delivered through webhooks.</source>
        <translation>Die Überwachung zuletzt verwendeter Dateien und der Aktivität erfolgt über Webhooks.</translation>
    </message>
    <message>
        <source>Advanced Features: Generate user access tokens</source>
        <translation>Advanced Features: Generate user access tokens</translation>
    </message>
    <message>
        <source>Lets the app act as a single user with a user token.</source>
        <translation>Ermöglicht der App, mit einem Benutzertoken als einzelner Benutzer zu handeln.</translation>
    </message>
    <message>
        <source>Advanced Features: Perform Actions as Users</source>
        <translation>Advanced Features: Perform Actions as Users</translation>
    </message>
    <message>
        <source>Needed for the As-User header (acting on behalf of a managed user).</source>
        <translation>Erforderlich für den As-User-Header (Handeln im Namen eines verwalteten Benutzers).</translation>
    </message>
    <message>
        <source>Any later change of scopes or access level needs Reauthorize App in the Admin Console.</source>
        <translation>Jede spätere Änderung der Berechtigungen oder der Zugriffsebene erfordert Reauthorize App in der Admin Console.</translation>
    </message>
    <message>
        <source>5. Authorize the app in the Admin Console</source>
        <translation>5. Die App in der Admin Console autorisieren</translation>
    </message>
    <message>
        <source>A Box admin approves the app once for the enterprise.</source>
        <translation>Ein Box-Administrator genehmigt die App einmalig für das Unternehmen.</translation>
    </message>
    <message>
        <source>&amp;Copy Client ID</source>
        <translation>C&amp;lient-ID kopieren</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Either choose Review and Submit on the app&apos;s Authorization tab (Box emails the primary admin), or as an admin open Admin Console → Integrations → Platform Apps Manager → Add App, and paste the Client ID.</source>
        <translation>Wählen Sie entweder auf der Registerkarte Authorization der App Review and Submit (Box benachrichtigt den primären Administrator per E-Mail), oder öffnen Sie als Administrator Admin Console → Integrations → Platform Apps Manager → Add App und fügen Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Box-Notifications: Box emails users about some actions the app takes (a shared folder, a moved file). Box support can enable suppressing them for the app; AuthDeck then sends &quot;Box-Notifications: off&quot; for accounts that ask for it.</source>
        <translation>Box-Notifications: Box benachrichtigt Benutzer per E-Mail über einige Aktionen der App (ein freigegebener Ordner, eine verschobene Datei). Der Box-Support kann deren Unterdrückung für die App aktivieren; AuthDeck sendet dann &quot;Box-Notifications: off&quot; für Konten, die dies anfordern.</translation>
    </message>
    <message>
        <source>6. The Enterprise ID</source>
        <translation>6. Die Enterprise-ID</translation>
    </message>
    <message>
        <source>Admin Console → Account &amp; Billing → Account Information.</source>
        <translation>Admin Console → Account &amp; Billing → Account Information.</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>Enterprise-ID</translation>
    </message>
    <message>
        <source>&amp;Enterprise ID:</source>
        <translation>&amp;Enterprise-ID:</translation>
    </message>
    <message>
        <source>An Enterprise ID is a number, like &quot;900001&quot;.</source>
        <translation>Eine Enterprise-ID ist eine Zahl, z. B. &quot;900001&quot;.</translation>
    </message>
    <message>
        <source>7. Verify</source>
        <translation>7. Verifizieren</translation>
    </message>
    <message>
        <source>AuthDeck asks Box for a token as the enterprise&apos;s service account and calls /users/me with it.</source>
        <translation>AuthDeck fordert bei Box ein Token als Dienstkonto des Unternehmens an und ruft damit /users/me auf.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>named after the service account</source>
        <translation>benannt nach dem Dienstkonto</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>The private key file cannot be read: %1</source>
        <translation>Die private Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The private key cannot be opened: %1</source>
        <translation>Der private Schlüssel kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The enterprise admin has not authorized the app yet: add it in the Platform Apps Manager (step 5), then verify again.</source>
        <translation>Der Unternehmensadministrator hat die App noch nicht autorisiert: Fügen Sie sie im Platform Apps Manager hinzu (Schritt 5) und verifizieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Box does not know this Client ID and secret: copy them again from the app&apos;s Configuration tab.</source>
        <translation>Box kennt diese Client-ID und dieses Client-Geheimnis nicht: Kopieren Sie beide erneut aus der Registerkarte Configuration der App.</translation>
    </message>
    <message>
        <source>Box refused the enterprise: check the Enterprise ID.</source>
        <translation>Box hat das Unternehmen abgelehnt: Prüfen Sie die Enterprise-ID.</translation>
    </message>
    <message>
        <source>Box refused the key: check that the public key is added to the app and the Public Key ID is its ID.</source>
        <translation>Box hat den Schlüssel abgelehnt: Prüfen Sie, ob der öffentliche Schlüssel der App hinzugefügt wurde und die Public-Key-ID zu ihm gehört.</translation>
    </message>
    <message>
        <source>Connected as %1. The account &quot;%2&quot; is ready, and renews its token by itself.</source>
        <translation>Verbunden als %1. Das Konto &quot;%2&quot; ist bereit und erneuert sein Token selbstständig.</translation>
    </message>
    <message>
        <source>&amp;Go to step %1 to fix it</source>
        <translation>Zu Schritt %1 &amp;wechseln, um es zu beheben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>App name &amp;here:</source>
        <translation>App-Name &amp;hier:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>Die Passphrase noch einmal</translation>
    </message>
    <message>
        <source>the same once more, for a new key</source>
        <translation>dieselbe noch einmal, für einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Cop&amp;y public key</source>
        <translation>Öffentlichen Schlüssel k&amp;opieren</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>Passphrase wie&amp;derholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one in both fields.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie in beiden Feldern dieselbe ein.</translation>
    </message>
    <message>
        <source>%1 exists already (another app&apos;s key?). Choose another file name with Browse.</source>
        <translation>%1 gibt es bereits (der Schlüssel einer anderen App?). Wählen Sie mit „Durchsuchen“ einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Set these on the app&apos;s Configuration tab. AuthDeck cannot read them before the first token; Verify then tells what Box refused.</source>
        <translation>Stellen Sie dies im Reiter „Configuration“ der App ein. AuthDeck kann es vor dem ersten Token nicht lesen; „Verifizieren“ sagt dann, was Box abgelehnt hat.</translation>
    </message>
    <message>
        <source>From your connected account &quot;%1&quot;; change it for another enterprise.</source>
        <translation>Aus Ihrem verbundenen Konto „%1“; für ein anderes Unternehmen ändern.</translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Verify will use:</source>
        <translation>Verifizieren verwendet:</translation>
    </message>
    <message>
        <source>• Service: %1</source>
        <translation>• Dienst: %1</translation>
    </message>
    <message>
        <source>• App registration &quot;%1&quot;, Client ID %2</source>
        <translation>• App-Registrierung „%1“, Client-ID %2</translation>
    </message>
    <message>
        <source>• Server Authentication with JWT, Public Key ID %1</source>
        <translation>• Server Authentication mit JWT, Public-Key-ID %1</translation>
    </message>
    <message>
        <source>• Private key: %1 (opened with your passphrase)</source>
        <translation>• Privater Schlüssel: %1 (mit Ihrer Passphrase geöffnet)</translation>
    </message>
    <message>
        <source>• Private key: from %1</source>
        <translation>• Privater Schlüssel: aus %1</translation>
    </message>
    <message>
        <source>• Server Authentication with the Client Credentials Grant</source>
        <translation>• Server Authentication mit dem Client Credentials Grant</translation>
    </message>
    <message>
        <source>• Enterprise ID %1, as its service account</source>
        <translation>• Enterprise-ID %1, als deren Dienstkonto</translation>
    </message>
    <message>
        <source>Generating a %1-bit RSA key pair…</source>
        <translation>Ein RSA-Schlüsselpaar mit %1 Bit wird erzeugt …</translation>
    </message>
    <message>
        <source>Box said: %1</source>
        <translation>Box meldete: %1</translation>
    </message>
    <message>
        <source>Server Authentication (with &amp;JWT)</source>
        <translation>Server Authentication (with &amp;JWT)</translation>
    </message>
    <message>
        <source>Recommended: a key pair signs in, and nothing reusable travels.</source>
        <translation>Empfohlen: Ein Schlüsselpaar meldet sich an, und nichts Wiederverwendbares wird übertragen.</translation>
    </message>
    <message>
        <source>Server Authentication (&amp;Client Credentials Grant)</source>
        <translation>Server Authentication (&amp;Client Credentials Grant)</translation>
    </message>
    <message>
        <source>The client ID and secret alone sign in.</source>
        <translation>Client-ID und Client-Geheimnis allein genügen zur Anmeldung.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::ConnectWizard</name>
    <message>
        <source>Sign in with your browser at the provider; AuthDeck keeps tokens, never your password.</source>
        <translation>Melden Sie sich mit Ihrem Browser beim Anbieter an; AuthDeck speichert Token, niemals Ihr Passwort.</translation>
    </message>
    <message>
        <source>A server app signs in by itself with a private key, for an admin who manages the whole enterprise.</source>
        <translation>Eine Server-App meldet sich selbst mit einem privaten Schlüssel an, für einen Administrator, der das gesamte Unternehmen verwaltet.</translation>
    </message>
    <message>
        <source>A server app signs in by itself with its client ID and secret, without a key pair.</source>
        <translation>Eine Server-App meldet sich selbst mit ihrer Client-ID und ihrem Client-Geheimnis an, ohne Schlüsselpaar.</translation>
    </message>
    <message>
        <source>Type a user name and password once; where the provider allows it they are exchanged for tokens and forgotten.</source>
        <translation>Geben Sie einmalig Benutzernamen und Passwort ein; wo der Anbieter es zulässt, werden sie gegen Token getauscht und verworfen.</translation>
    </message>
    <message>
        <source>Paste an access key ID and secret key; AuthDeck keeps the secret key in the keychain.</source>
        <translation>Fügen Sie eine Zugriffsschlüssel-ID und einen geheimen Schlüssel ein; AuthDeck bewahrt den geheimen Schlüssel im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>A user name and password sent with every request; AuthDeck keeps the password in the keychain.</source>
        <translation>Benutzername und Passwort, die mit jeder Anfrage gesendet werden; AuthDeck bewahrt das Passwort im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Which service?</source>
        <translation>Welcher Dienst?</translation>
    </message>
    <message>
        <source>Choose the provider of the account to connect.</source>
        <translation>Wählen Sie den Anbieter des zu verbindenden Kontos.</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Anbieter suchen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>How to sign in?</source>
        <translation>Wie anmelden?</translation>
    </message>
    <message>
        <source>The ways %1 accounts can be connected.</source>
        <translation>Die Möglichkeiten, %1-Konten zu verbinden.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Which app registration?</source>
        <translation>Welche App-Registrierung?</translation>
    </message>
    <message>
        <source>The client ID (and secret) AuthDeck signs in with. Pick one you registered before, or register a new one now.</source>
        <translation>Die Client-ID (und das Client-Geheimnis), mit der sich AuthDeck anmeldet. Wählen Sie eine zuvor registrierte aus oder registrieren Sie jetzt eine neue.</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
    <message>
        <source>&amp;Register a new app</source>
        <translation>Neue App &amp;registrieren</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser once more</source>
        <translation>Die Anmeldeseite erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation>Die Anmeldeadresse kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste address…</source>
        <translation>Adresse &amp;einfügen…</translation>
    </message>
    <message>
        <source>The browser could not reach AuthDeck? Paste the address it ended at, or the code it showed</source>
        <translation>Der Browser konnte AuthDeck nicht erreichen? Fügen Sie die Adresse ein, bei der er gelandet ist, oder den angezeigten Code</translation>
    </message>
    <message>
        <source>Address the browser ended at</source>
        <translation>Adresse, bei der der Browser gelandet ist</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback?code=… or the code</source>
        <translation>http://127.0.0.1:…/callback?code=… oder der Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>AuthDeck opens your browser at %1&apos;s sign-in page. Sign in there and allow access; the browser then hands the answer back to AuthDeck on this computer.</source>
        <translation>AuthDeck öffnet Ihren Browser auf der Anmeldeseite von %1. Melden Sie sich dort an und erlauben Sie den Zugriff; der Browser gibt die Antwort dann an AuthDeck auf diesem Computer zurück.</translation>
    </message>
    <message>
        <source>Who the app acts as: the enterprise&apos;s service account, or one user.</source>
        <translation>Als wer die App handelt: als Dienstkonto des Unternehmens oder als ein einzelner Benutzer.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>The enterprise (service account)</source>
        <translation>Das Unternehmen (Dienstkonto)</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Ein Benutzer</translation>
    </message>
    <message>
        <source>Act &amp;as:</source>
        <translation>Handeln &amp;als:</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The user&apos;s numeric ID</source>
        <translation>Die numerische ID des Benutzers</translation>
    </message>
    <message>
        <source>The access keys of %1. The secret key goes to the keychain; nothing is sent before Connect.</source>
        <translation>Die Zugriffsschlüssel von %1. Der geheime Schlüssel kommt in den Schlüsselbund; vor dem Verbinden wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Your %1 sign-in. Nothing is sent before Connect.</source>
        <translation>Ihre Anmeldung bei %1. Vor dem Verbinden wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>Sign in in your browser and allow access. The wizard continues by itself once the browser is done.</source>
        <translation>Melden Sie sich in Ihrem Browser an und erlauben Sie den Zugriff. Der Assistent fährt automatisch fort, sobald der Browser fertig ist.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in a browser, then paste the address it ends at.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link, öffnen Sie ihn in einem Browser und fügen Sie dann die Adresse ein, bei der er landet.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>AuthDeck made the provider&apos;s identity call with the new access.</source>
        <translation>AuthDeck hat mit dem neuen Zugriff den Identitätsaufruf des Anbieters ausgeführt.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Name the account</source>
        <translation>Konto benennen</translation>
    </message>
    <message>
        <source>The name AuthDeck and its command line use for this account.</source>
        <translation>Der Name, den AuthDeck und seine Befehlszeile für dieses Konto verwenden.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Dateispeicher</translation>
    </message>
    <message>
        <source>Content management</source>
        <translation>Content-Management</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>IT service management</source>
        <translation>IT-Service-Management</translation>
    </message>
    <message>
        <source>Another enterprise that authorized this app</source>
        <translation>Ein anderes Unternehmen, das diese App autorisiert hat</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>Enterprise-ID</translation>
    </message>
    <message>
        <source>The other enterprise&apos;s numeric ID (its Admin Console → Account &amp; Billing)</source>
        <translation>Die numerische ID des anderen Unternehmens (in dessen Admin Console → Account &amp; Billing)</translation>
    </message>
    <message>
        <source>Sign &quot;%1&quot; in again</source>
        <translation>„%1“ erneut anmelden</translation>
    </message>
    <message>
        <source>Use an e&amp;xisting app registration:</source>
        <translation>&amp;Vorhandene App-Registrierung verwenden:</translation>
    </message>
    <message>
        <source>&amp;Edit app…</source>
        <translation>App &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Correct the app registration (client ID, secret, scopes), then try again</source>
        <translation>Die App-Registrierung berichtigen (Client-ID, Geheimnis, Berechtigungen), dann erneut versuchen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>&amp;Sign in with browser</source>
        <translation>Im Browser an&amp;melden</translation>
    </message>
    <message>
        <source>As-User (optional)</source>
        <translation>As-User (optional)</translation>
    </message>
    <message>
        <source>Act as this managed user in every call (Box&apos;s As-User header)</source>
        <translation>Bei jedem Aufruf als dieser verwaltete Benutzer handeln (Box-Header As-User)</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Getting the first token from %1</source>
        <translation>Das erste Token wird von %1 geholt</translation>
    </message>
    <message>
        <source>Checking the keys with %1</source>
        <translation>Die Schlüssel werden bei %1 geprüft</translation>
    </message>
    <message>
        <source>Signing in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>%1 did not connect with the app &quot;%2&quot;: %3</source>
        <translation>%1 hat die Verbindung mit der App „%2“ nicht hergestellt: %3</translation>
    </message>
    <message>
        <source>%1 did not connect: %2</source>
        <translation>%1 hat die Verbindung nicht hergestellt: %2</translation>
    </message>
    <message>
        <source>%1… %2:%3 left. Cancel stops it; nothing is kept.</source>
        <translation>%1 … noch %2:%3. „Abbrechen“ beendet es; nichts wird behalten.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Acts as:</source>
        <translation>Handelt als:</translation>
    </message>
    <message>
        <source>The enterprise&apos;s service account</source>
        <translation>Das Dienstkonto des Unternehmens</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>App registration:</source>
        <translation>App-Registrierung:</translation>
    </message>
    <message>
        <source>Token valid until:</source>
        <translation>Token gültig bis:</translation>
    </message>
    <message>
        <source>Disconnect the new account?</source>
        <translation>Das neue Konto trennen?</translation>
    </message>
    <message>
        <source>The account is connected and verified. Cancel disconnects it again (its access is revoked) and removes app registrations made in this wizard.</source>
        <translation>Das Konto ist verbunden und verifiziert. „Abbrechen“ trennt es wieder (sein Zugriff wird widerrufen) und entfernt die in diesem Assistenten angelegten App-Registrierungen.</translation>
    </message>
    <message>
        <source>Disconnect and close</source>
        <translation>Trennen und schließen</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>With the app registration &quot;%1&quot;.</source>
        <translation>Mit der App-Registrierung „%1“.</translation>
    </message>
    <message>
        <source>Nothing is sent before you go on.</source>
        <translation>Nichts wird gesendet, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>&amp;Guided setup of a new Box server app (key pair, admin authorization, enterprise)</source>
        <translation>Neue Box-Server-App Schritt für &amp;Schritt einrichten (Schlüsselpaar, Admin-Freigabe, Unternehmen)</translation>
    </message>
    <message>
        <source>Sign in with a c&amp;ode on another device</source>
        <translation>Mit einem C&amp;ode auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>For a machine without a browser: AuthDeck shows an address and a code to enter on any other device (RFC 8628)</source>
        <translation>Für einen Rechner ohne Browser: AuthDeck zeigt eine Adresse und einen Code, die Sie auf einem beliebigen anderen Gerät eingeben (RFC 8628)</translation>
    </message>
    <message>
        <source>&amp;Sign in with a code</source>
        <translation>Mit Code an&amp;melden</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2. This window continues by itself once the sign-in there is done; the code expires in %3 minutes.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät %1 und geben Sie den Code %2 ein. Dieses Fenster fährt von selbst fort, sobald die Anmeldung dort abgeschlossen ist; der Code läuft in %3 Minuten ab.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device</source>
        <translation>Warten auf die Anmeldung auf dem anderen Gerät</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::DesktopIntegration</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::EndpointReviewDialog</name>
    <message>
        <source>Review the endpoints of “%1”</source>
        <translation>Endpunkte von „%1“ prüfen</translation>
    </message>
    <message>
        <source>The endpoints of the app “%1” changed since it was registered. Until you approve them, AuthDeck sends none of its secrets or its accounts&apos; tokens anywhere. Approve only if you expected this change and trust the new servers: the app&apos;s client secret and its accounts&apos; tokens will then go to them.</source>
        <translation>Die Endpunkte der App „%1“ haben sich seit ihrer Registrierung geändert. Bis Sie sie genehmigen, sendet AuthDeck weder ihre Geheimnisse noch die Token ihrer Konten irgendwohin. Genehmigen Sie nur, wenn Sie diese Änderung erwartet haben und den neuen Servern vertrauen: Das Client-Geheimnis der App und die Token ihrer Konten gehen dann an diese Server.</translation>
    </message>
    <message>
        <source>Changed endpoints</source>
        <translation>Geänderte Endpunkte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Pinned (was)</source>
        <translation>Fixiert (bisher)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&amp;Approve these endpoints</source>
        <translation>Diese Endpunkte &amp;genehmigen</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Apps and accounts to export:</source>
        <translation>Zu exportierende Apps und Konten:</translation>
    </message>
    <message>
        <source>Apps and accounts to export</source>
        <translation>Zu exportierende Apps und Konten</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>App: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Include secrets (client secrets, keys, tokens), encrypted under a passphrase</source>
        <translation>Geheimnisse einschließen (Client-Geheimnisse, Schlüssel, Token), verschlüsselt mit einer Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Bundles (*.json)</source>
        <translation>Pakete (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters</source>
        <translation>Zu kurz: mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase is safer</source>
        <translation>Mittel: eine längere Passphrase ist sicherer</translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase, or several words</source>
        <translation>Schwach: Verwenden Sie eine längere Passphrase oder mehrere Wörter</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Without secrets the file is plain JSON to review; imported items will need their credentials again.</source>
        <translation>Ohne Geheimnisse ist die Datei einfaches JSON zur Durchsicht; importierte Einträge benötigen ihre Anmeldedaten erneut.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::GeneralSettingsPage</name>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <source>&amp;Start AuthDeck when I log in</source>
        <translation>AuthDeck beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>&amp;Notify me when an account needs attention</source>
        <translation>&amp;Benachrichtigen, wenn ein Konto Aufmerksamkeit erfordert</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::ImportBundleDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Bundles (*.json)</source>
        <translation>Pakete (*.json)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Skip items this profile already has</source>
        <translation>Einträge überspringen, die dieses Profil bereits hat</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Sie ersetzen</translation>
    </message>
    <message>
        <source>Import renamed copies</source>
        <translation>Umbenannte Kopien importieren</translation>
    </message>
    <message>
        <source>Existing items:</source>
        <translation>Vorhandene Einträge:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Hinzufügen als</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source> — needs credentials after import</source>
        <translation> — benötigt nach dem Import Anmeldedaten</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::KeychainStatusWidget</name>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>Schlüsselbund: wird geprüft…</translation>
    </message>
    <message>
        <source>Keychain: ready</source>
        <translation>Schlüsselbund: bereit</translation>
    </message>
    <message>
        <source>Secrets are kept in the %1.</source>
        <translation>Geheimnisse werden hier aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>Keychain: locked</source>
        <translation>Schlüsselbund: gesperrt</translation>
    </message>
    <message>
        <source>Unlock your keychain (for example by signing in to the desktop session), then click here to check again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (zum Beispiel durch Anmelden an der Desktop-Sitzung), und klicken Sie dann hier, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
    <message>
        <source>AuthDeck cannot save secrets until a keychain is available. Click to check again.</source>
        <translation>AuthDeck kann keine Geheimnisse speichern, bis ein Schlüsselbund verfügbar ist. Klicken Sie, um erneut zu prüfen.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::LimitedTokenDialog</name>
    <message>
        <source>Copy a limited token</source>
        <translation>Eingeschränktes Token kopieren</translation>
    </message>
    <message>
        <source>A token for a script or a web page that can do only what you tick, optionally on one folder or file. The token of &quot;%1&quot; itself stays as it is.</source>
        <translation>Ein Token für ein Skript oder eine Webseite, das nur kann, was Sie ankreuzen, wahlweise nur für einen Ordner oder eine Datei. Das Token von &quot;%1&quot; selbst bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>&amp;What the token may do:</source>
        <translation>&amp;Was das Token darf:</translation>
    </message>
    <message>
        <source>What the token may do</source>
        <translation>Was das Token darf</translation>
    </message>
    <message>
        <source>Preview files</source>
        <translation>Vorschau von Dateien anzeigen</translation>
    </message>
    <message>
        <source>Download files</source>
        <translation>Dateien herunterladen</translation>
    </message>
    <message>
        <source>Browse folders (Content Explorer)</source>
        <translation>Ordner durchsuchen (Content Explorer)</translation>
    </message>
    <message>
        <source>Pick files (Content Picker)</source>
        <translation>Dateien auswählen (Content Picker)</translation>
    </message>
    <message>
        <source>Show previews (Content Preview)</source>
        <translation>Vorschauen anzeigen (Content Preview)</translation>
    </message>
    <message>
        <source>Show the sidebar (Content Sidebar)</source>
        <translation>Seitenleiste anzeigen (Content Sidebar)</translation>
    </message>
    <message>
        <source>See own annotations</source>
        <translation>Eigene Anmerkungen sehen</translation>
    </message>
    <message>
        <source>See all annotations</source>
        <translation>Alle Anmerkungen sehen</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anmerkungen hinzufügen</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Upload (Content Uploader)</source>
        <translation>Hochladen (Content Uploader)</translation>
    </message>
    <message>
        <source>Rename items</source>
        <translation>Elemente umbenennen</translation>
    </message>
    <message>
        <source>Share items</source>
        <translation>Elemente freigeben</translation>
    </message>
    <message>
        <source>Delete items</source>
        <translation>Elemente löschen</translation>
    </message>
    <message>
        <source>Read everything the account can read</source>
        <translation>Alles lesen, was das Konto lesen kann</translation>
    </message>
    <message>
        <source>Everything the account reaches</source>
        <translation>Alles, worauf das Konto zugreifen kann</translation>
    </message>
    <message>
        <source>One folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <source>&amp;Limited to:</source>
        <translation>&amp;Beschränkt auf:</translation>
    </message>
    <message>
        <source>the number in the item&apos;s web address</source>
        <translation>die Zahl in der Webadresse des Elements</translation>
    </message>
    <message>
        <source>Item &amp;ID:</source>
        <translation>Element-&amp;ID:</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Tick at least one thing the token may do.</source>
        <translation>Kreuzen Sie mindestens eine Sache an, die das Token darf.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s or file&apos;s ID.</source>
        <translation>Geben Sie die ID des Ordners oder der Datei ein.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::MainWindow</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>A&amp;pp registrations</source>
        <translation>A&amp;pp-Registrierungen</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Connect an account…</source>
        <translation>Konto verbinden…</translation>
    </message>
    <message>
        <source>No accounts connected yet</source>
        <translation>Noch keine Konten verbunden</translation>
    </message>
    <message>
        <source>Connect Box, Google Drive, OneDrive, Dropbox, Salesforce, S3 and your own servers through one guided flow. Every secret stays in your system keychain.</source>
        <translation>Verbinden Sie Box, Google Drive, OneDrive, Dropbox, Salesforce, S3 und Ihre eigenen Server über einen geführten Ablauf. Jedes Geheimnis bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Add an app registration…</source>
        <translation>App-Registrierung hinzufügen…</translation>
    </message>
    <message>
        <source>No app registrations yet</source>
        <translation>Noch keine App-Registrierungen</translation>
    </message>
    <message>
        <source>An app registration holds the client ID and secret of the app you created at a provider (&quot;custom OAuth keys&quot;). AuthDeck shows the redirect URI to register.</source>
        <translation>Eine App-Registrierung enthält Client-ID und Client-Geheimnis der App, die Sie bei einem Anbieter erstellt haben (&quot;custom OAuth keys&quot;). AuthDeck zeigt die zu registrierende Weiterleitungs-URI an.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>App registrations</source>
        <translation>App-Registrierungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>Konto &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Add an app registration…</source>
        <translation>App-Registrierung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit the selected app registration…</source>
        <translation>Ausgewählte App-Registrierung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove the selected app registration…</source>
        <translation>Ausgewählte App-Registrierung &amp;entfernen…</translation>
    </message>
    <message>
        <source>Check the &amp;keychain</source>
        <translation>&amp;Schlüsselbund prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Provider &amp;documentation</source>
        <translation>&amp;Dokumentation des Anbieters</translation>
    </message>
    <message>
        <source>&amp;About AuthDeck</source>
        <translation>&amp;Über AuthDeck</translation>
    </message>
    <message>
        <source>Remove the app registration &quot;%1&quot; and its client secret from the keychain?</source>
        <translation>Die App-Registrierung &quot;%1&quot; und ihr Client-Geheimnis aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>These accounts use it and will stop working: %1.</source>
        <translation>Diese Konten verwenden sie und werden nicht mehr funktionieren: %1.</translation>
    </message>
    <message>
        <source>Remove app registration</source>
        <translation>App-Registrierung entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove the app registration</source>
        <translation>Die App-Registrierung konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Disconnect &quot;%1&quot;?</source>
        <translation>&quot;%1&quot; trennen?</translation>
    </message>
    <message>
        <source>AuthDeck revokes the account&apos;s access at the provider, then deletes its tokens from the keychain. This cannot be undone: to use the account again you will sign in again.</source>
        <translation>AuthDeck widerruft den Zugriff des Kontos beim Anbieter und löscht dann seine Token aus dem Schlüsselbund. Dies kann nicht rückgängig gemacht werden: Um das Konto wieder zu verwenden, müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnecting &quot;%1&quot;…</source>
        <translation>&quot;%1&quot; wird getrennt…</translation>
    </message>
    <message>
        <source>Access could not be revoked</source>
        <translation>Zugriff konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <source>%1

Remove &quot;%2&quot; from this computer anyway? Its access stays valid at the provider until you revoke it there.</source>
        <translation>%1

&quot;%2&quot; trotzdem von diesem Computer entfernen? Der Zugriff bleibt beim Anbieter gültig, bis Sie ihn dort widerrufen.</translation>
    </message>
    <message>
        <source>Remove anyway</source>
        <translation>Trotzdem entfernen</translation>
    </message>
    <message>
        <source>Disconnected &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; getrennt.</translation>
    </message>
    <message>
        <source>Sandbox (Box-compatible) at %1 · &lt;a href=&quot;%2&quot;&gt;developer console&lt;/a&gt;</source>
        <translation>Sandbox (Box-kompatibel) unter %1 · &lt;a href=&quot;%2&quot;&gt;Entwicklerkonsole&lt;/a&gt;</translation>
    </message>
    <message>
        <source>An embedded Box-compatible server that lives while AuthDeck runs. Connect the ready &quot;Sandbox app&quot; to try every flow; sign in as sandbox-admin.</source>
        <translation>Ein eingebetteter Box-kompatibler Server, der läuft, solange AuthDeck läuft. Verbinden Sie die bereitstehende &quot;Sandbox app&quot;, um jeden Ablauf auszuprobieren; melden Sie sich als sandbox-admin an.</translation>
    </message>
    <message>
        <source>About AuthDeck</source>
        <translation>Über AuthDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDeck %1&lt;/h3&gt;&lt;p&gt;Connect cloud accounts through one uniform flow: OAuth 2.0, per-server OAuth, server-to-server JWT, basic authentication and access keys.&lt;/p&gt;&lt;p&gt;Every secret is kept in the %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDeck %1&lt;/h3&gt;&lt;p&gt;Verbinden Sie Cloud-Konten über einen einheitlichen Ablauf: OAuth 2.0, OAuth pro Server, Server-zu-Server-JWT, Basic-Authentifizierung und Zugriffsschlüssel.&lt;/p&gt;&lt;p&gt;Alle Geheimnisse werden hier aufbewahrt: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up a &amp;Box app…</source>
        <translation>Box-App ein&amp;richten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs you to sign in again: %2</source>
        <translation>&quot;%1&quot; muss erneut angemeldet werden: %2</translation>
    </message>
    <message>
        <source>AuthDeck</source>
        <translation>AuthDeck</translation>
    </message>
    <message>
        <source>app &quot;%1&quot;</source>
        <translation>App &quot;%1&quot;</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;</source>
        <translation>Konto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Secrets to enter</source>
        <translation>Fehlende Geheimnisse</translation>
    </message>
    <message>
        <source>The bundle did not carry the secrets of: %1.

Enter them now? App registrations ask for their client secret; accounts sign in again.</source>
        <translation>Das Paket enthielt die Geheimnisse folgender Einträge nicht: %1.

Jetzt eingeben? App-Registrierungen fragen nach ihrem Client-Geheimnis; Konten melden sich erneut an.</translation>
    </message>
    <message>
        <source>Enter now</source>
        <translation>Jetzt eingeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: connect it again once its app registration has its secrets.</source>
        <translation>&quot;%1&quot;: Verbinden Sie das Konto erneut, sobald seine App-Registrierung ihre Geheimnisse hat.</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>K&amp;onten</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Copy access &amp;token</source>
        <translation>Zugriffs&amp;token kopieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>Tre&amp;nnen…</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (the command line uses it too):</source>
        <translation>Neuer Name für „%1“ (auch die Befehlszeile verwendet ihn):</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Could not rename the account</source>
        <translation>Das Konto konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Copy a &amp;limited token…</source>
        <translation>Eingeschränktes Token &amp;kopieren…</translation>
    </message>
    <message>
        <source>&amp;Webhooks…</source>
        <translation>&amp;Webhooks…</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::NetworkSettingsPage</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;Manual proxy (HTTP)</source>
        <translation>&amp;Manueller Proxy (HTTP)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Proxy-&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy &amp;port:</source>
        <translation>Proxy-&amp;Port:</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Verbindungsaufbau:</translation>
    </message>
    <message>
        <source>&amp;Transfer (whole request):</source>
        <translation>Ü&amp;bertragung (gesamte Anfrage):</translation>
    </message>
    <message>
        <source>Trusted self-signed certificates</source>
        <translation>Vertrauenswürdige selbstsignierte Zertifikate</translation>
    </message>
    <message>
        <source>server.example.com</source>
        <translation>server.example.com</translation>
    </message>
    <message>
        <source>&amp;Show certificate</source>
        <translation>Zertifikat &amp;anzeigen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation>Zertifikat von %1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Trust a self-signed certificate</source>
        <translation>Einem selbstsignierten Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust the certificate with SHA-256 fingerprint
%1
for %2? Connections to %2 will accept this certificate and no other.</source>
        <translation>Dem Zertifikat mit dem SHA-256-Fingerabdruck
%1
für %2 vertrauen? Verbindungen zu %2 akzeptieren dann dieses Zertifikat und kein anderes.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>For your own servers only: the server host of an app registration (never a host of a built-in provider such as Box). A certificate is trusted for one host and port after you have compared its SHA-256 fingerprint with the one the server&apos;s administrator gives you.</source>
        <translation>Nur für Ihre eigenen Server, d. h. für den Server-Host einer App-Registrierung (niemals für den Host eines integrierten Anbieters wie Box). Einem Zertifikat wird für einen Host und Port vertraut, nachdem Sie seinen SHA-256-Fingerabdruck mit dem verglichen haben, den Ihnen der Administrator des Servers mitteilt.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this host and port</source>
        <translation>Diesem Zertifikat für diesen Host und Port ver&amp;trauen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>&quot;%1&quot; ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>SHA-256 %1 — %2</source>
        <translation>SHA-256 %1 — %2</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoriert: %1</translation>
    </message>
    <message>
        <source>The server host is not valid.</source>
        <translation>Der Server-Host ist ungültig.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %4
%1 presents a certificate for &quot;%2&quot;, valid until %3.
Compare the fingerprint with the one the server&apos;s administrator gives you before trusting it.</source>
        <translation>SHA-256-Fingerabdruck: %4
%1 legt ein Zertifikat für &quot;%2&quot; vor, gültig bis %3.
Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers mitteilt, bevor Sie dem Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>It cannot be trusted here: %1</source>
        <translation>Ihm kann hier nicht vertraut werden: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::SecuritySettingsPage</name>
    <message>
        <source>Secrets are kept in:</source>
        <translation>Geheimnisse werden aufbewahrt in:</translation>
    </message>
    <message>
        <source>&amp;Exports may include secrets (encrypted with a passphrase)</source>
        <translation>&amp;Exporte dürfen Geheimnisse enthalten (mit einer Passphrase verschlüsselt)</translation>
    </message>
    <message>
        <source>Organization policy:</source>
        <translation>Richtlinie der Organisation:</translation>
    </message>
    <message>
        <source>None (%1 does not exist).</source>
        <translation>Keine (%1 existiert nicht).</translation>
    </message>
    <message>
        <source>Managed by your organization (%1).</source>
        <translation>Von Ihrer Organisation verwaltet (%1).</translation>
    </message>
    <message>
        <source>Providers allowed: %1</source>
        <translation>Erlaubte Anbieter: %1</translation>
    </message>
    <message>
        <source>Providers not allowed: %1</source>
        <translation>Nicht erlaubte Anbieter: %1</translation>
    </message>
    <message>
        <source>Sign-in methods allowed: %1</source>
        <translation>Erlaubte Anmeldemethoden: %1</translation>
    </message>
    <message>
        <source>Sign-in methods not allowed: %1</source>
        <translation>Nicht erlaubte Anmeldemethoden: %1</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source> — managed by your organization</source>
        <translation> — von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>The system keychain (recommended)</source>
        <translation>Schlüsselbund des Systems (empfohlen)</translation>
    </message>
    <message>
        <source>An encrypted vault file, unlocked with a passphrase at start</source>
        <translation>Eine verschlüsselte Tresordatei, beim Start mit einer Passphrase entsperrt</translation>
    </message>
    <message>
        <source>For machines without a keychain. Takes effect at the next start; secrets already stored stay where they are (move them with File → Export and Import).</source>
        <translation>Für Rechner ohne Schlüsselbund. Wirkt beim nächsten Start; bereits gespeicherte Geheimnisse bleiben, wo sie sind (verschieben Sie sie mit Datei → Exportieren und Importieren).</translation>
    </message>
    <message>
        <source>&amp;Keep secrets in (next start):</source>
        <translation>Geheimnisse &amp;aufbewahren in (nächster Start):</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <translation>Mit dem System starten</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::TeamStatusWidget</name>
    <message>
        <source>Team database status</source>
        <translation>Status der Teamdatenbank</translation>
    </message>
    <message>
        <source>Team %1: checking…</source>
        <translation>Team %1: wird geprüft…</translation>
    </message>
    <message>
        <source>Team %1: connected</source>
        <translation>Team %1: verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Apps and accounts are shared through %1 (%n member(s)).</source>
        <translation>
            <numerusform>Apps und Konten werden über %1 geteilt (%n Mitglied).</numerusform>
            <numerusform>Apps und Konten werden über %1 geteilt (%n Mitglieder).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team %1: tokens only</source>
        <translation>Team %1: nur Token</translation>
    </message>
    <message>
        <source>Connected to %1 with a server&apos;s rights: tokens are renewed, apps and accounts cannot be changed from here.</source>
        <translation>Mit den Rechten eines Servers mit %1 verbunden: Token werden erneuert, Apps und Konten können von hier aus nicht geändert werden.</translation>
    </message>
    <message>
        <source>Team %1: read-only</source>
        <translation>Team %1: schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 takes no writes (a standby or a read-only server): renewals fail until it does.</source>
        <translation>%1 nimmt keine Schreibzugriffe an (ein Standby- oder schreibgeschützter Server): Erneuerungen schlagen fehl, bis er wieder Schreibzugriffe annimmt.</translation>
    </message>
    <message>
        <source>Team %1: unreachable</source>
        <translation>Team %1: nicht erreichbar</translation>
    </message>
    <message>
        <source>Nothing is renewed or changed until the team database answers; AuthDeck keeps no local copy that could fork the tokens. Click to check again.</source>
        <translation>Bis die Teamdatenbank antwortet, wird nichts erneuert oder geändert; AuthDeck hält keine lokale Kopie, durch die die Token auseinanderlaufen könnten. Klicken Sie, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Check the team database now</source>
        <translation>Die Teamdatenbank jetzt prüfen</translation>
    </message>
    <message>
        <source>Recent activity is unknown while the database is unreachable.</source>
        <translation>Die letzten Aktivitäten sind unbekannt, solange die Datenbank nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Noch keine Aktivität.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>%1  %2 %3 %4</source>
        <translation>%1  %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::WebhooksDialog</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>festgelegt (%1)</translation>
    </message>
    <message>
        <source>Webhooks of %1</source>
        <translation>Webhooks von %1</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Box tells an https address of activity on a folder or file: what recent-files lists and activity monitoring are built on.</source>
        <translation>Box benachrichtigt eine https-Adresse über Aktivitäten in einem Ordner oder einer Datei: die Grundlage für Listen zuletzt verwendeter Dateien und für die Aktivitätsüberwachung.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Delete the selected webhook</source>
        <translation>Ausgewählten Webhook &amp;löschen</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Watch a folder or a file</source>
        <translation>Einen Ordner oder eine Datei überwachen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder or file ID</source>
        <translation>ID des Ordners oder der Datei</translation>
    </message>
    <message>
        <source>the number in its web address</source>
        <translation>die Zahl in der Webadresse</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>Über&amp;wachen:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <source>empty: the activity triggers (uploads, previews, downloads, moves …)</source>
        <translation>leer: die Aktivitätsauslöser (Uploads, Vorschauen, Downloads, Verschiebungen …)</translation>
    </message>
    <message>
        <source>T&amp;riggers:</source>
        <translation>A&amp;uslöser:</translation>
    </message>
    <message>
        <source>&amp;Create the webhook</source>
        <translation>Webhook &amp;erstellen</translation>
    </message>
    <message>
        <source>Signature keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>New primary key</source>
        <translation>Neuer Primärschlüssel</translation>
    </message>
    <message>
        <source>paste from the Developer Console to replace</source>
        <translation>zum Ersetzen aus der Developer Console einfügen</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>&amp;Primärschlüssel:</translation>
    </message>
    <message>
        <source>New secondary key</source>
        <translation>Neuer Sekundärschlüssel</translation>
    </message>
    <message>
        <source>Seco&amp;ndary key:</source>
        <translation>Se&amp;kundärschlüssel:</translation>
    </message>
    <message>
        <source>To rotate without missing a delivery: 1. generate a new secondary key in the Developer Console (Webhooks, Manage signature keys) and save it here; 2. check a delivery; 3. then do the same for the primary key.</source>
        <translation>So rotieren Sie die Schlüssel, ohne eine Zustellung zu verpassen: 1. Erzeugen Sie in der Developer Console (Webhooks, Manage signature keys) einen neuen Sekundärschlüssel und speichern Sie ihn hier; 2. prüfen Sie eine Zustellung; 3. verfahren Sie dann ebenso mit dem Primärschlüssel.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the keys</source>
        <translation>Schlüssel spei&amp;chern</translation>
    </message>
    <message>
        <source>C&amp;heck a delivery…</source>
        <translation>Zustellung p&amp;rüfen…</translation>
    </message>
    <message>
        <source>The delivery&apos;s headers (Name: value lines)</source>
        <translation>Die Header der Zustellung (Zeilen der Form Name: value)</translation>
    </message>
    <message>
        <source>The delivery&apos;s body</source>
        <translation>Der Body der Zustellung</translation>
    </message>
    <message>
        <source>Asking Box for the webhooks…</source>
        <translation>Webhooks werden bei Box abgefragt…</translation>
    </message>
    <message>
        <source>No webhooks yet.</source>
        <translation>Noch keine Webhooks.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s).</source>
        <translation>
            <numerusform>%n Webhook.</numerusform>
            <numerusform>%n Webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Webhook wird erstellt…</translation>
    </message>
    <message>
        <source>Deleting the webhook %1…</source>
        <translation>Webhook %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>This account has no app registration to keep keys for.</source>
        <translation>Dieses Konto hat keine App-Registrierung, für die Schlüssel gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>Primary key: %1. Secondary key: %2.</source>
        <translation>Primärschlüssel: %1. Sekundärschlüssel: %2.</translation>
    </message>
    <message>
        <source>Paste a new primary or secondary key first.</source>
        <translation>Fügen Sie zuerst einen neuen Primär- oder Sekundärschlüssel ein.</translation>
    </message>
    <message>
        <source>Saving the keys in the keychain…</source>
        <translation>Schlüssel werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Keys saved. Check a delivery to see which key signs it.</source>
        <translation>Schlüssel gespeichert. Prüfen Sie eine Zustellung, um zu sehen, welcher Schlüssel sie signiert.</translation>
    </message>
    <message>
        <source>Cannot read the delivery&apos;s files.</source>
        <translation>Die Dateien der Zustellung können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not genuine: %1</source>
        <translation>Nicht echt: %1</translation>
    </message>
    <message>
        <source>Genuine: signed with the primary key.</source>
        <translation>Echt: mit dem Primärschlüssel signiert.</translation>
    </message>
    <message>
        <source>Genuine: signed with the secondary key.</source>
        <translation>Echt: mit dem Sekundärschlüssel signiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>AuthDeck keeps this profile&apos;s secrets in an encrypted vault. Its passphrase:</source>
        <translation>AuthDeck bewahrt die Geheimnisse dieses Profils in einem verschlüsselten Tresor auf. Seine Passphrase:</translation>
    </message>
</context>
</TS>
