<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>authdeck::Account</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Needs sign-in again</source>
        <translation>Nouvelle connexion requise</translation>
    </message>
    <message>
        <source>Needs credentials</source>
        <translation>Identifiants requis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>authdeck::AccountLock</name>
    <message>
        <source>Another AuthDeck process is busy with this account and does not finish; try again.</source>
        <translation>Un autre processus AuthDeck est occupé avec ce compte et ne termine pas&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot write in the profile folder to lock the account (is the disk full or the folder read-only?). Nothing was changed.</source>
        <translation>Impossible d’écrire dans le dossier du profil pour verrouiller le compte (le disque est-il plein ou le dossier en lecture seule&#xa0;?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The account id is not valid; nothing was changed.</source>
        <translation>L&apos;identifiant du compte n&apos;est pas valide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>authdeck::AccountService</name>
    <message>
        <source>%1 accounts are named &quot;%2&quot;; use an id instead: %3</source>
        <translation>%1 comptes sont nommés &quot;%2&quot;&#xa0;; utilisez plutôt un identifiant&#xa0;: %3</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;. Run &quot;authdeck-cli accounts&quot; to see the connected accounts.</source>
        <translation>Aucun compte &quot;%1&quot;. Exécutez &quot;authdeck-cli accounts&quot; pour voir les comptes connectés.</translation>
    </message>
    <message>
        <source>The account was removed meanwhile.</source>
        <translation>Le compte a été supprimé entre-temps.</translation>
    </message>
</context>
<context>
    <name>authdeck::AdminConsentJob</name>
    <message>
        <source>No answer to the admin consent request came within %1 seconds; open the address again, or run the command again.</source>
        <translation>Aucune réponse à la demande de consentement administrateur en %1 secondes&#xa0;; ouvrez à nouveau l&apos;adresse ou relancez la commande.</translation>
    </message>
    <message>
        <source>%1 has no tenant-wide admin consent step; the app &quot;%2&quot; needs none.</source>
        <translation>%1 n&apos;a pas d&apos;étape de consentement administrateur pour tout le locataire&#xa0;; l&apos;application «&#xa0;%2&#xa0;» n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <source>admin consent URL</source>
        <translation>URL de consentement administrateur</translation>
    </message>
    <message>
        <source>The tenant %1 granted consent to the app. You can close this tab and return to AuthDeck.</source>
        <translation>Le locataire %1 a donné son consentement à l&apos;application. Vous pouvez fermer cet onglet et revenir à AuthDeck.</translation>
    </message>
    <message>
        <source>The admin consent request was cancelled.</source>
        <translation>La demande de consentement administrateur a été annulée.</translation>
    </message>
</context>
<context>
    <name>authdeck::AdminPolicy</name>
    <message>
        <source>The provider &quot;%1&quot; is not allowed by your organization&apos;s policy (%2); it is managed by your organization.</source>
        <translation>Le fournisseur &quot;%1&quot; n&apos;est pas autorisé par la stratégie de votre organisation (%2)&#xa0;; ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>%1 through %2 is not allowed by your organization&apos;s policy (%3); it is managed by your organization.</source>
        <translation>%1 via %2 n&apos;est pas autorisé par la stratégie de votre organisation (%3)&#xa0;; ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il est illisible (%1)</translation>
    </message>
    <message>
        <source>it is larger than 64 KB</source>
        <translation>il dépasse 64 Ko</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once</source>
        <translation>&quot;%1&quot; est indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (the policy knows %2)</source>
        <translation>clé &quot;%1&quot; inconnue (la stratégie connaît %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of scheme ids, like [&quot;oauth2&quot;]</source>
        <translation>&quot;%1&quot; doit être une liste d&apos;ids de schéma, comme [&quot;oauth2&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of provider ids, like [&quot;box&quot;]</source>
        <translation>&quot;%1&quot; doit être une liste d&apos;ids de fournisseur, comme [&quot;box&quot;]</translation>
    </message>
    <message>
        <source>every item of &quot;%1&quot; must be an id in quotes</source>
        <translation>chaque élément de &quot;%1&quot; doit être un id entre guillemets</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot; in &quot;%2&quot; (known: %3)</source>
        <translation>schéma &quot;%1&quot; inconnu dans &quot;%2&quot; (connus&#xa0;: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a provider id (2-40 characters a-z, 0-9, -)</source>
        <translation>&quot;%1&quot; dans &quot;%2&quot; n&apos;est pas un id de fournisseur (2-40 caractères a-z, 0-9, -)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;allow&quot; and/or &quot;deny&quot; lists</source>
        <translation>&quot;%1&quot; doit être un objet avec des listes &quot;allow&quot; et/ou &quot;deny&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (&quot;%2&quot; knows allow and deny)</source>
        <translation>clé &quot;%1&quot; inconnue (&quot;%2&quot; connaît allow et deny)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit être true ou false</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; (%2) is not built into AuthDeck, and your organization&apos;s policy (%3) allows only the built-in providers it names; it is managed by your organization.</source>
        <translation>Le fournisseur &quot;%1&quot; (%2) n&apos;est pas intégré à AuthDeck, et la stratégie de votre organisation (%3) n&apos;autorise que les fournisseurs intégrés qu&apos;elle désigne&#xa0;; ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; (%2) uses the endpoints of &quot;%3&quot; (%4), which your organization&apos;s policy (%5) does not allow; it is managed by your organization.</source>
        <translation>Le fournisseur &quot;%1&quot; (%2) utilise les points de terminaison de &quot;%3&quot; (%4), que la stratégie de votre organisation (%5) n&apos;autorise pas&#xa0;; ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not allowed: your organization&apos;s policy file (%2) is not valid, and until it is fixed AuthDeck allows no provider.</source>
        <translation>Le fournisseur &quot;%1&quot; n&apos;est pas autorisé&#xa0;: le fichier de stratégie de votre organisation (%2) n&apos;est pas valide, et tant qu&apos;il n&apos;est pas corrigé, AuthDeck n&apos;autorise aucun fournisseur.</translation>
    </message>
    <message>
        <source>%1 through %2 is not allowed: your organization&apos;s policy file (%3) is not valid, and until it is fixed AuthDeck allows no sign-in method.</source>
        <translation>%1 via %2 n&apos;est pas autorisé&#xa0;: le fichier de stratégie de votre organisation (%3) n&apos;est pas valide, et tant qu&apos;il n&apos;est pas corrigé, AuthDeck n&apos;autorise aucune méthode de connexion.</translation>
    </message>
    <message>
        <source>Your organization&apos;s policy (%1) allows %2 with its built-in endpoints only: an app registration may not set its own authorization, token, revocation or API URLs. It is managed by your organization.</source>
        <translation>La stratégie de votre organisation (%1) n&apos;autorise %2 qu&apos;avec ses points de terminaison intégrés&#xa0;: une inscription d&apos;application ne peut pas définir ses propres URL d&apos;autorisation, de jeton, de révocation ou d&apos;API. Ce paramètre est géré par votre organisation.</translation>
    </message>
    <message>
        <source>Exports with secrets are not allowed: your organization&apos;s policy file (%1) is not valid, and until it is fixed AuthDeck writes no secret to a file.</source>
        <translation>Les exportations avec secrets ne sont pas autorisées&#xa0;: le fichier de stratégie de votre organisation (%1) n&apos;est pas valide, et tant qu&apos;il n&apos;est pas corrigé, AuthDeck n&apos;écrit aucun secret dans un fichier.</translation>
    </message>
    <message>
        <source>Your organization&apos;s policy (%1) does not allow exports with secrets (client secrets, keys, passphrases, tokens); it is managed by your organization. Export without secrets instead.</source>
        <translation>La stratégie de votre organisation (%1) n&apos;autorise pas les exportations avec secrets (secrets client, clés, phrases secrètes, jetons)&#xa0;; ce paramètre est géré par votre organisation. Exportez plutôt sans les secrets.</translation>
    </message>
    <message>
        <source>The policy file %1 is not valid: line %2: %3. Until it is fixed, AuthDeck allows no provider, no sign-in method and no export with secrets.</source>
        <translation>Le fichier de stratégie %1 n&apos;est pas valide&#xa0;: ligne %2&#xa0;: %3. Tant qu&apos;il n&apos;est pas corrigé, AuthDeck n&apos;autorise aucun fournisseur, aucune méthode de connexion et aucune exportation avec secrets.</translation>
    </message>
    <message>
        <source>The policy file %1 is not valid: %2. Until it is fixed, AuthDeck allows no provider, no sign-in method and no export with secrets.</source>
        <translation>Le fichier de stratégie %1 n&apos;est pas valide&#xa0;: %2. Tant qu&apos;il n&apos;est pas corrigé, AuthDeck n&apos;autorise aucun fournisseur, aucune méthode de connexion et aucune exportation avec secrets.</translation>
    </message>
</context>
<context>
    <name>authdeck::AppService</name>
    <message>
        <source>Unknown provider &quot;%1&quot;. Run &quot;authdeck-cli providers&quot; to see the providers AuthDeck knows.</source>
        <translation>Fournisseur &quot;%1&quot; inconnu. Exécutez &quot;authdeck-cli providers&quot; pour voir les fournisseurs connus d&apos;AuthDeck.</translation>
    </message>
    <message>
        <source>An app registration needs a name.</source>
        <translation>Une inscription d&apos;application nécessite un nom.</translation>
    </message>
    <message>
        <source>The app name is longer than 100 characters.</source>
        <translation>Le nom de l&apos;application dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>An app named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Une application nommée &quot;%1&quot; existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 connects with %2, which needs no app registration.</source>
        <translation>%1 se connecte avec %2, qui ne nécessite pas d&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>%1 does not offer %2; it offers: %3.</source>
        <translation>%1 ne propose pas %2&#xa0;; il propose&#xa0;: %3.</translation>
    </message>
    <message>
        <source>A client ID is required (--client-id).</source>
        <translation>Un ID client est requis (--client-id).</translation>
    </message>
    <message>
        <source>The client ID is longer than 512 characters.</source>
        <translation>L&apos;ID client dépasse 512 caractères.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de paramètre &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 runs on your own server: give its host with --host (for example %2).</source>
        <translation>%1 s&apos;exécute sur votre propre serveur&#xa0;: indiquez son hôte avec --host (par exemple %2).</translation>
    </message>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 nécessite une valeur pour &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The redirect port must be a number from 1 to 65535.</source>
        <translation>Le port de redirection doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>%1 has no scope &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas d&apos;autorisation &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>revocation URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>%1 accepts the signing algorithms %2, not %3.</source>
        <translation>%1 accepte les algorithmes de signature %2, et non %3.</translation>
    </message>
    <message>
        <source>No app named &quot;%1&quot;.</source>
        <translation>Aucune application nommée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; was removed meanwhile.</source>
        <translation>L&apos;application &quot;%1&quot; a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is used by %2. Disconnect those accounts first, or remove it anyway with --force.</source>
        <translation>L&apos;application &quot;%1&quot; est utilisée par %2. Déconnectez d&apos;abord ces comptes, ou supprimez-la quand même avec --force.</translation>
    </message>
    <message>
        <source>No app named &quot;%1&quot;. Run &quot;authdeck-cli apps list&quot; to see the app registrations.</source>
        <translation>Aucune application nommée &quot;%1&quot;. Exécutez &quot;authdeck-cli apps list&quot; pour voir les inscriptions d&apos;application.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>L&apos;application &quot;%1&quot; utilise le fournisseur &quot;%2&quot;, qui ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has an id that is not valid.</source>
        <translation>L&apos;application &quot;%1&quot; a un identifiant non valide.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; cannot be imported: %2</source>
        <translation>Impossible d&apos;importer l&apos;application &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot;</source>
        <translation>L&apos;application &quot;%1&quot;</translation>
    </message>
    <message>
        <source>device authorization URL</source>
        <translation>URL d&apos;autorisation d&apos;appareil</translation>
    </message>
    <message>
        <source>userinfo URL</source>
        <translation>URL userinfo</translation>
    </message>
</context>
<context>
    <name>authdeck::AppSettings</name>
    <message>
        <source>The setting %1 has the invalid value &quot;%2&quot;; using %3.</source>
        <translation>Le paramètre %1 a la valeur non valide &quot;%2&quot;&#xa0;; utilisation de %3.</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <source>no trust</source>
        <translation>aucune approbation</translation>
    </message>
</context>
<context>
    <name>authdeck::BoxConfig</name>
    <message>
        <source>The Box config file is larger than 256 KiB; it is not a config.json.</source>
        <translation>Le fichier de configuration Box dépasse 256 Kio&#xa0;; ce n&apos;est pas un config.json.</translation>
    </message>
    <message>
        <source>The Box config file is not valid JSON (%1 at byte %2); it may be truncated.</source>
        <translation>Le fichier de configuration Box n&apos;est pas du JSON valide (%1 à l&apos;octet %2)&#xa0;; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The Box config file is not a JSON object.</source>
        <translation>Le fichier de configuration Box n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1.privateKey&quot; is not a PEM private key.</source>
        <translation>Dans le fichier de configuration Box, &quot;%1.privateKey&quot; n&apos;est pas une clé privée PEM.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1.privateKey&quot; cannot be used: %2.</source>
        <translation>Dans le fichier de configuration Box, &quot;%1.privateKey&quot; est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The Box config file has no &quot;%1&quot;.</source>
        <translation>Le fichier de configuration Box ne contient pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1&quot; is not a string.</source>
        <translation>Dans le fichier de configuration Box, &quot;%1&quot; n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1&quot; is empty.</source>
        <translation>Dans le fichier de configuration Box, &quot;%1&quot; est vide.</translation>
    </message>
    <message>
        <source>In the Box config file, &quot;%1&quot; is not an object.</source>
        <translation>Dans le fichier de configuration Box, &quot;%1&quot; n&apos;est pas un objet.</translation>
    </message>
</context>
<context>
    <name>authdeck::BundleService</name>
    <message>
        <source>The bundle file %1 does not exist or is not a file.</source>
        <translation>Le fichier de paquet %1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The bundle is refused: the file is larger than 16 MiB; nothing was imported.</source>
        <translation>Le paquet est refusé&#xa0;: le fichier dépasse 16 Mio&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read the bundle file %1: %2</source>
        <translation>Impossible de lire le fichier de paquet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the bundle file to write (--out).</source>
        <translation>Indiquez le fichier de paquet à écrire (--out).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Secrets are exported encrypted: give a passphrase (--passphrase-file).</source>
        <translation>Les secrets sont exportés chiffrés&#xa0;: indiquez une phrase secrète (--passphrase-file).</translation>
    </message>
    <message>
        <source>The bundle holds encrypted secrets: give its passphrase (--passphrase-file).</source>
        <translation>Le paquet contient des secrets chiffrés&#xa0;: indiquez sa phrase secrète (--passphrase-file).</translation>
    </message>
    <message>
        <source>Imported from a bundle without its secrets: connect it again.</source>
        <translation>Importé depuis un paquet sans ses secrets&#xa0;: reconnectez-le.</translation>
    </message>
    <message>
        <source>The profile changed while importing; nothing was imported. Try again.</source>
        <translation>Le profil a changé pendant l&apos;importation&#xa0;; rien n&apos;a été importé. Réessayez.</translation>
    </message>
    <message>
        <source>%1 spends a refresh token each time it is used: importing this bundle elsewhere moves the sign-in there, and the account here must then sign in again.</source>
        <translation>%1 consomme un jeton d&apos;actualisation à chaque utilisation&#xa0;: importer ce paquet ailleurs y transfère la connexion, et le compte d&apos;ici devra alors se reconnecter.</translation>
    </message>
    <message>
        <source>The bundle is refused: the account &quot;%1&quot; has an id that is not valid; nothing was imported.</source>
        <translation>Le paquet est refusé&#xa0;: le compte &quot;%1&quot; a un identifiant non valide&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog; nothing was imported.</source>
        <translation>Le compte &quot;%1&quot; utilise le fournisseur &quot;%2&quot;, qui ne figure pas dans le catalogue&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; uses %2, which %3 does not offer; nothing was imported.</source>
        <translation>Le compte &quot;%1&quot; utilise %2, que %3 ne propose pas&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A copy of &quot;%1&quot;: a copy never shares the original&apos;s sign-in; sign in again.</source>
        <translation>Copie de &quot;%1&quot;&#xa0;: une copie ne partage jamais la connexion de l&apos;original&#xa0;; reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>authdeck::CertificateProbe</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n&apos;a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>Could not fetch the certificate of %1: %2</source>
        <translation>Impossible de récupérer le certificat de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not present a certificate in time.</source>
        <translation>%1 n&apos;a pas présenté de certificat à temps.</translation>
    </message>
</context>
<context>
    <name>authdeck::CertificateTrustPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom d&apos;hôte ni une adresse.</translation>
    </message>
    <message>
        <source>%1 is a server of %2 in AuthDeck&apos;s built-in catalog: its certificate must be issued by a certificate authority, and AuthDeck never accepts a self-signed one for it.</source>
        <translation>%1 est un serveur de %2 dans le catalogue intégré d&apos;AuthDeck&#xa0;: son certificat doit être émis par une autorité de certification, et AuthDeck n&apos;accepte jamais de certificat autosigné pour ce serveur.</translation>
    </message>
    <message>
        <source>No app registration of this profile uses %1 as its server; a self-signed certificate is trusted only for the server host of an app registration.</source>
        <translation>Aucune inscription d&apos;application de ce profil n&apos;utilise %1 comme serveur&#xa0;; un certificat autosigné n&apos;est approuvé que pour l&apos;hôte de serveur d&apos;une inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The trusted certificate for %1 is ignored: %2</source>
        <translation>Le certificat approuvé pour %1 est ignoré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>authdeck::ClientAuthentication</name>
    <message>
        <source>Unknown client authentication &quot;%1&quot;; AuthDeck uses %2.</source>
        <translation>Authentification client « %1 » inconnue ; AuthDeck utilise %2.</translation>
    </message>
    <message>
        <source>A private_key_jwt assertion is signed with RS256 or PS256, not %1.</source>
        <translation>Une assertion private_key_jwt est signée avec RS256 ou PS256, pas avec %1.</translation>
    </message>
</context>
<context>
    <name>authdeck::DatabaseSecretStore</name>
    <message>
        <source>This profile keeps its secrets in an encrypted vault: open it with --secret-store vault and its passphrase.</source>
        <translation>Ce profil conserve ses secrets dans un coffre chiffré&#xa0;: ouvrez-le avec --secret-store vault et la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>This profile&apos;s key is in the keychain, not in a vault: open it with --secret-store keychain.</source>
        <translation>La clé de ce profil se trouve dans le trousseau, et non dans un coffre&#xa0;: ouvrez-le avec --secret-store keychain.</translation>
    </message>
    <message>
        <source>Not a key of this profile.</source>
        <translation>Ce n&apos;est pas une clé de ce profil.</translation>
    </message>
</context>
<context>
    <name>authdeck::DeviceAuthorization</name>
    <message>
        <source>%1 answered the device authorization request without a usable &quot;%2&quot;.</source>
        <translation>%1 a répondu à la demande d&apos;autorisation d&apos;appareil sans « %2 » utilisable.</translation>
    </message>
    <message>
        <source>%1 answered the device authorization request with something other than JSON.</source>
        <translation>%1 a répondu à la demande d&apos;autorisation d&apos;appareil par autre chose que du JSON.</translation>
    </message>
    <message>
        <source>device authorization URL</source>
        <translation>URL d&apos;autorisation d&apos;appareil</translation>
    </message>
    <message>
        <source>%1 refused the device authorization request (HTTP %2).</source>
        <translation>%1 a refusé la demande d&apos;autorisation d&apos;appareil (HTTP %2).</translation>
    </message>
    <message>
        <source>The code %1 expired before anyone entered it at %2. Start again for a new code.</source>
        <translation>Le code %1 a expiré avant d&apos;être saisi sur %2. Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>The sign-in with the code %1 was denied at %2.</source>
        <translation>La connexion avec le code %1 a été refusée chez %2.</translation>
    </message>
    <message>
        <source>The code %1 expired at %2 before the sign-in was finished. Start again for a new code.</source>
        <translation>Le code %1 a expiré chez %2 avant la fin de la connexion. Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>The sign-in with a code was cancelled.</source>
        <translation>La connexion avec un code a été annulée.</translation>
    </message>
</context>
<context>
    <name>authdeck::Diagnosis</name>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Que faire&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account&apos;s sign-in expired or was revoked.</source>
        <translation>La connexion du compte a expiré ou a été révoquée.</translation>
    </message>
    <message>
        <source>The account&apos;s refresh token was already used elsewhere.</source>
        <translation>Le jeton d&apos;actualisation du compte a déjà été utilisé ailleurs.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for the app at the provider.</source>
        <translation>L&apos;URI de redirection n&apos;est pas enregistrée pour l&apos;application chez le fournisseur.</translation>
    </message>
    <message>
        <source>The app is not authorized by the enterprise admin.</source>
        <translation>L&apos;application n&apos;est pas autorisée par l&apos;administrateur de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock disagrees with the server&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur ne concorde pas avec celle du serveur.</translation>
    </message>
    <message>
        <source>The app is not granted the requested scopes.</source>
        <translation>Les autorisations demandées ne sont pas accordées à l&apos;application.</translation>
    </message>
    <message>
        <source>The provider does not accept the app&apos;s client ID or secret.</source>
        <translation>Le fournisseur n&apos;accepte pas l&apos;ID client ou le secret de l&apos;application.</translation>
    </message>
    <message>
        <source>Access was denied.</source>
        <translation>L&apos;accès a été refusé.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed.</source>
        <translation>La connexion sécurisée (TLS) a échoué.</translation>
    </message>
    <message>
        <source>The server name could not be found (DNS).</source>
        <translation>Le nom du serveur est introuvable (DNS).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The provider has an outage (HTTP 5xx).</source>
        <translation>Le fournisseur subit une panne (HTTP 5xx).</translation>
    </message>
    <message>
        <source>The provider is limiting requests.</source>
        <translation>Le fournisseur limite les requêtes.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Le fichier a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>Sign in again (&quot;Sign in again&quot; in the account details, or &quot;authdeck-cli connect&quot;); the account&apos;s settings are kept.</source>
        <translation>Reconnectez-vous (&quot;Se reconnecter&quot; dans les détails du compte, ou &quot;authdeck-cli connect&quot;)&#xa0;; les paramètres du compte sont conservés.</translation>
    </message>
    <message>
        <source>Sign in again, and keep each account in one AuthDeck only: another copy or program that refreshes the same account spends its single-use refresh token.</source>
        <translation>Reconnectez-vous, et gardez chaque compte dans un seul AuthDeck&#xa0;: une autre copie ou un autre programme qui actualise le même compte consomme son jeton d&apos;actualisation à usage unique.</translation>
    </message>
    <message>
        <source>Register the redirect URI shown by &quot;authdeck-cli apps show APP&quot; (or under Settings &gt; Apps) for the app in the provider&apos;s developer console, then connect again.</source>
        <translation>Enregistrez l&apos;URI de redirection affichée par &quot;authdeck-cli apps show APP&quot; (ou sous Paramètres &gt; Applications) pour l&apos;application dans la console développeur du fournisseur, puis connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Ask the enterprise admin to authorize the app (or reauthorize it after a change of its scopes) in the provider&apos;s admin console, then try again.</source>
        <translation>Demandez à l&apos;administrateur de l&apos;entreprise d&apos;autoriser l&apos;application (ou de l&apos;autoriser à nouveau après une modification de ses autorisations) dans la console d&apos;administration du fournisseur, puis réessayez.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock right (turn on automatic time), then try again.</source>
        <translation>Réglez l&apos;horloge de cet ordinateur (activez l&apos;heure automatique), puis réessayez.</translation>
    </message>
    <message>
        <source>Enable the scopes for the app in the provider&apos;s developer console, or request fewer scopes in the app registration, then sign in again.</source>
        <translation>Activez les autorisations de l&apos;application dans la console développeur du fournisseur, ou demandez moins d&apos;autorisations dans l&apos;inscription d&apos;application, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check the client ID and secret of the app registration against the provider&apos;s developer console.</source>
        <translation>Comparez l&apos;ID client et le secret de l&apos;inscription d&apos;application avec ceux de la console développeur du fournisseur.</translation>
    </message>
    <message>
        <source>Sign in again and approve the access, or ask the provider&apos;s admin why it was denied.</source>
        <translation>Reconnectez-vous et approuvez l&apos;accès, ou demandez à l&apos;administrateur du fournisseur pourquoi il a été refusé.</translation>
    </message>
    <message>
        <source>Check the server&apos;s address and certificate; for your own server with a self-signed certificate, compare its SHA-256 fingerprint with the server&apos;s administrator and trust it under Settings &gt; Network.</source>
        <translation>Vérifiez l&apos;adresse et le certificat du serveur&#xa0;; pour votre propre serveur avec un certificat autosigné, comparez son empreinte SHA-256 avec celle fournie par l&apos;administrateur du serveur et approuvez-le sous Paramètres &gt; Réseau.</translation>
    </message>
    <message>
        <source>Check the host name in the app registration and this computer&apos;s network and DNS settings.</source>
        <translation>Vérifiez le nom d&apos;hôte dans l&apos;inscription d&apos;application ainsi que les paramètres réseau et DNS de cet ordinateur.</translation>
    </message>
    <message>
        <source>Check the network and the proxy (Settings &gt; Network), or raise the timeouts, then try again.</source>
        <translation>Vérifiez le réseau et le proxy (Paramètres &gt; Réseau), ou augmentez les délais d&apos;expiration, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing is wrong on this side: try again later and check the provider&apos;s status page.</source>
        <translation>Rien n&apos;est en cause de ce côté&#xa0;: réessayez plus tard et consultez la page d&apos;état du fournisseur.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the passphrase and try again.</source>
        <translation>Vérifiez la phrase secrète et réessayez.</translation>
    </message>
    <message>
        <source>Get a fresh copy of the file from where it came from.</source>
        <translation>Procurez-vous une nouvelle copie du fichier auprès de sa source.</translation>
    </message>
    <message>
        <source>The provider does not accept the subject the app acts for (enterprise ID or user ID).</source>
        <translation>Le fournisseur n’accepte pas le sujet pour lequel l’application agit (ID d’entreprise ou ID d’utilisateur).</translation>
    </message>
    <message>
        <source>The provider does not accept the key that signed the request (Public Key ID or key pair).</source>
        <translation>Le fournisseur n’accepte pas la clé qui a signé la requête (Public Key ID ou paire de clés).</translation>
    </message>
    <message>
        <source>Check the enterprise ID (Box: Admin Console &gt; Account &amp; Billing) or the user ID in the app registration, and that the app is authorized in that enterprise, then try again.</source>
        <translation>Vérifiez l’ID d’entreprise (Box : Admin Console &gt; Account &amp; Billing) ou l’ID d’utilisateur dans l’enregistrement de l’application, et que l’application est autorisée dans cette entreprise, puis réessayez.</translation>
    </message>
    <message>
        <source>Add the app&apos;s public key in the provider&apos;s developer console and copy the Public Key ID it shows into the app registration (&quot;authdeck-cli apps show APP&quot; names the key in use), then try again.</source>
        <translation>Ajoutez la clé publique de l’application dans la console développeur du fournisseur et reportez le Public Key ID affiché dans l’enregistrement de l’application (« authdeck-cli apps show APP » indique la clé utilisée), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>authdeck::Discovery</name>
    <message>
        <source>The issuer &quot;%1&quot; is not a URL (for example https://login.example.com).</source>
        <translation>L&apos;émetteur «&#xa0;%1&#xa0;» n&apos;est pas une URL (par exemple https://login.example.com).</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment; an issuer has neither.</source>
        <translation>L&apos;émetteur «&#xa0;%1&#xa0;» contient une requête ou un fragment&#xa0;; un émetteur n&apos;en a pas.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>The discovery metadata at %1 %2. Nothing was registered.</source>
        <translation>Les métadonnées de découverte à %1&#xa0;: %2. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>has no &quot;issuer&quot;</source>
        <translation>n&apos;ont pas d&apos;«&#xa0;issuer&#xa0;»</translation>
    </message>
    <message>
        <source>is for the issuer &quot;%1&quot;, not &quot;%2&quot; (&quot;issuer&quot; must be the issuer asked for, exactly)</source>
        <translation>concernent l&apos;émetteur «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;» («&#xa0;issuer&#xa0;» doit être exactement l&apos;émetteur demandé)</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>n&apos;ont pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not a string</source>
        <translation>ont un «&#xa0;%1&#xa0;» qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not a URL</source>
        <translation>ont un «&#xa0;%1&#xa0;» qui n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; AuthDeck may not use: %2</source>
        <translation>ont un «&#xa0;%1&#xa0;» qu&apos;AuthDeck ne peut pas utiliser&#xa0;: %2</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not a list of strings</source>
        <translation>ont un «&#xa0;%1&#xa0;» qui n&apos;est pas une liste de chaînes</translation>
    </message>
    <message>
        <source>has an &quot;authorization_response_iss_parameter_supported&quot; that is not true or false</source>
        <translation>ont un «&#xa0;authorization_response_iss_parameter_supported&#xa0;» qui n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>lists &quot;code_challenge_methods_supported&quot; without S256, which AuthDeck needs</source>
        <translation>listent «&#xa0;code_challenge_methods_supported&#xa0;» sans S256, dont AuthDeck a besoin</translation>
    </message>
    <message>
        <source>has no &quot;userinfo_endpoint&quot;, which AuthDeck calls to check who signed in</source>
        <translation>n&apos;ont pas de «&#xa0;userinfo_endpoint&#xa0;», qu&apos;AuthDeck appelle pour vérifier qui s&apos;est connecté</translation>
    </message>
    <message>
        <source>lists &quot;token_endpoint_auth_methods_supported&quot; as %1, without %2</source>
        <translation>listent «&#xa0;token_endpoint_auth_methods_supported&#xa0;» comme %1, sans %2</translation>
    </message>
    <message>
        <source>lists &quot;token_endpoint_auth_signing_alg_values_supported&quot; as %1, without %2</source>
        <translation>listent «&#xa0;token_endpoint_auth_signing_alg_values_supported&#xa0;» comme %1, sans %2</translation>
    </message>
    <message>
        <source>The discovery metadata at %1 could not be read: %2</source>
        <translation>Les métadonnées de découverte à %1 n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>The discovery metadata at %1 answered HTTP %2; is %3 the issuer?</source>
        <translation>Les métadonnées de découverte à %1 ont répondu HTTP %2&#xa0;; %3 est-il bien l&apos;émetteur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>authdeck::EndpointPins</name>
    <message>
        <source>%1: new, %2</source>
        <translation>%1&#xa0;: nouvelle origine %2</translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <translation>%1&#xa0;: avant %2, maintenant %3</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>page de connexion</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>point de terminaison de jeton</translation>
    </message>
    <message>
        <source>revocation endpoint</source>
        <translation>point de terminaison de révocation</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>verification call</source>
        <translation>appel de vérification</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is held because its endpoints changed (%2). Nothing was sent. Check the change, then approve it with: %3</source>
        <translation>%1 est en attente, car ses points de terminaison ont changé (%2). Rien n&apos;a été envoyé. Vérifiez la modification, puis approuvez-la avec&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>authdeck::Engine</name>
    <message>
        <source>The encrypted vault needs its passphrase (--vault-passphrase-file F).</source>
        <translation>Le coffre chiffré nécessite sa phrase secrète (--vault-passphrase-file F).</translation>
    </message>
    <message>
        <source>This profile belongs to the team &quot;%1&quot;, whose key is kept in the keychain; open it without --secret-store vault.</source>
        <translation>Ce profil appartient à l&apos;équipe &quot;%1&quot;, dont la clé est conservée dans le trousseau&#xa0;; ouvrez-le sans --secret-store vault.</translation>
    </message>
</context>
<context>
    <name>authdeck::Error</name>
    <message>
        <source>%1 (the provider said: &quot;%2&quot;)</source>
        <translation>%1 (le fournisseur a répondu&#xa0;: &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>authdeck::GoogleKeyFile</name>
    <message>
        <source>The service account key file is larger than 64 KiB; it is not a key file.</source>
        <translation>Le fichier de clé du compte de service dépasse 64 Kio&#xa0;; ce n&apos;est pas un fichier de clé.</translation>
    </message>
    <message>
        <source>The service account key file is not valid JSON (%1 at byte %2); it may be truncated.</source>
        <translation>Le fichier de clé du compte de service n&apos;est pas du JSON valide (%1 à l&apos;octet %2)&#xa0;; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The service account key file is not a JSON object.</source>
        <translation>Le fichier de clé du compte de service n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The key file&apos;s &quot;type&quot; is &quot;%1&quot;, not &quot;service_account&quot;: download a service account&apos;s JSON key.</source>
        <translation>Le &quot;type&quot; du fichier de clé est &quot;%1&quot;, et non &quot;service_account&quot;&#xa0;: téléchargez la clé JSON d&apos;un compte de service.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;client_email&quot; is not an e-mail address.</source>
        <translation>Dans le fichier de clé du compte de service, &quot;client_email&quot; n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;private_key&quot;.</source>
        <translation>Le fichier de clé du compte de service ne contient pas &quot;private_key&quot;.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;private_key&quot; is not a PEM private key.</source>
        <translation>Dans le fichier de clé du compte de service, &quot;private_key&quot; n&apos;est pas une clé privée PEM.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;token_uri&quot; is not a URL.</source>
        <translation>Dans le fichier de clé du compte de service, &quot;token_uri&quot; n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>The service account key file has no &quot;%1&quot;.</source>
        <translation>Le fichier de clé du compte de service ne contient pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;%1&quot; is not a string.</source>
        <translation>Dans le fichier de clé du compte de service, &quot;%1&quot; n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>In the service account key file, &quot;%1&quot; is empty.</source>
        <translation>Dans le fichier de clé du compte de service, &quot;%1&quot; est vide.</translation>
    </message>
</context>
<context>
    <name>authdeck::HttpCall</name>
    <message>
        <source>server address</source>
        <translation>adresse du serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>&quot;%1&quot; n&apos;est pas une méthode HTTP.</translation>
    </message>
    <message>
        <source>The header field &quot;%1&quot; for %2 is malformed.</source>
        <translation>Le champ d&apos;en-tête &quot;%1&quot; pour %2 est mal formé.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>The request to %1 took longer than %2 seconds and was stopped.</source>
        <translation>La requête vers %1 a pris plus de %2 secondes et a été arrêtée.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2; AuthDeck stopped reading it.</source>
        <translation>%1 a envoyé une réponse de plus de %2&#xa0;; AuthDeck a cessé de la lire.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and that the server is running.</source>
        <translation>%1 a refusé la connexion&#xa0;; vérifiez l&apos;adresse et que le serveur est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived.</source>
        <translation>La connexion à %1 s&apos;est fermée avant la réception de la réponse complète.</translation>
    </message>
    <message>
        <source>%1 closed the connection without a valid answer.</source>
        <translation>%1 a fermé la connexion sans réponse valide.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found; check the name and the network connection.</source>
        <translation>Le nom de serveur %1 est introuvable&#xa0;; vérifiez le nom et la connexion réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times.</source>
        <translation>%1 a redirigé la requête trop de fois.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server; AuthDeck does not follow that.</source>
        <translation>%1 a redirigé la requête vers un autre serveur&#xa0;; AuthDeck ne suit pas ce type de redirection.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 a envoyé une réponse qui n&apos;est pas du HTTP valide.</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1: %2</source>
        <translation>Le proxy a échoué lors de la connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>Impossible de communiquer avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 %2) is not the one an administrator trusted for it; the connection was refused.</source>
        <translation>Le certificat de %1 (SHA-256 %2) n&apos;est pas celui qu&apos;un administrateur a approuvé pour ce serveur&#xa0;; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 (certificate SHA-256 %3).</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2 (certificat SHA-256 %3).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>La connexion sécurisée à %1 a échoué.</translation>
    </message>
    <message>
        <source>AuthDeck did not send the request to %1: that server is not one of the endpoints pinned for this connection.</source>
        <translation>AuthDeck n&apos;a pas envoyé la requête à %1&#xa0;: ce serveur ne fait pas partie des points de terminaison épinglés pour cette connexion.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 (certificate SHA-256 %3). Trusting a certificate does not excuse that.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2 (certificat SHA-256 %3). Approuver un certificat ne lève pas cette erreur.</translation>
    </message>
    <message>
        <source>The certificate trusted for it in Settings is not used: %1</source>
        <translation>Le certificat approuvé pour ce serveur dans les Paramètres n&apos;est pas utilisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::HttpClient</name>
    <message>
        <source>No rule allows a trusted certificate here.</source>
        <translation>Aucune règle n&apos;autorise ici un certificat approuvé.</translation>
    </message>
</context>
<context>
    <name>authdeck::IdentityCall</name>
    <message>
        <source>%1 refused the access token (HTTP 401): it expired or was revoked.</source>
        <translation>%1 a refusé le jeton d&apos;accès (HTTP 401)&#xa0;: il a expiré ou a été révoqué.</translation>
    </message>
    <message>
        <source>%1 does not let this account act as that user (HTTP 403): the app needs &quot;Perform actions as users&quot; and an admin or service account token.</source>
        <translation>%1 ne permet pas à ce compte d&apos;agir en tant que cet utilisateur (HTTP 403)&#xa0;: l&apos;application nécessite &quot;Perform actions as users&quot; et un jeton d&apos;administrateur ou de compte de service.</translation>
    </message>
    <message>
        <source>%1 refused the verification call (HTTP 403): the app may lack the scope to read the user&apos;s identity.</source>
        <translation>%1 a refusé l&apos;appel de vérification (HTTP 403)&#xa0;: l&apos;application n&apos;a peut-être pas l&apos;autorisation de lire l&apos;identité de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1 could not answer the verification call (HTTP %2); try again later.</source>
        <translation>%1 n&apos;a pas pu répondre à l&apos;appel de vérification (HTTP %2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered the verification call with HTTP %2.</source>
        <translation>%1 a répondu à l&apos;appel de vérification avec HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered the verification call with something that is not JSON.</source>
        <translation>%1 a répondu à l&apos;appel de vérification avec autre chose que du JSON.</translation>
    </message>
    <message>
        <source>%1 answered the verification call without naming the account.</source>
        <translation>%1 a répondu à l&apos;appel de vérification sans nommer le compte.</translation>
    </message>
</context>
<context>
    <name>authdeck::JwtAssertion</name>
    <message>
        <source>the Public Key ID</source>
        <translation>l&apos;ID de clé publique</translation>
    </message>
    <message>
        <source>the client ID</source>
        <translation>l&apos;ID client</translation>
    </message>
    <message>
        <source>the service account&apos;s client email</source>
        <translation>l&apos;adresse e-mail client du compte de service</translation>
    </message>
    <message>
        <source>the enterprise ID or user ID</source>
        <translation>l&apos;ID d&apos;entreprise ou l&apos;ID utilisateur</translation>
    </message>
    <message>
        <source>a subject (enterprise or user)</source>
        <translation>un sujet (entreprise ou utilisateur)</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>les autorisations</translation>
    </message>
    <message>
        <source>the token URL</source>
        <translation>l&apos;URL de jeton</translation>
    </message>
    <message>
        <source>Signing an assertion needs the private key.</source>
        <translation>La signature d&apos;une assertion nécessite la clé privée.</translation>
    </message>
    <message>
        <source>The provider accepts the signing algorithms %1, not %2.</source>
        <translation>Le fournisseur accepte les algorithmes de signature %1, et non %2.</translation>
    </message>
    <message>
        <source>The assertion&apos;s &quot;%1&quot; needs %2, which the app registration does not have.</source>
        <translation>Le &quot;%1&quot; de l&apos;assertion nécessite %2, que l&apos;inscription d&apos;application ne possède pas.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has no enterprise ID: import its config.json again or register it with the enterprise ID, or name the enterprise as enterprise:ID.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;a pas d&apos;ID d&apos;entreprise&#xa0;: importez à nouveau son config.json ou inscrivez-la avec l&apos;ID d&apos;entreprise, ou désignez l&apos;entreprise sous la forme enterprise:ID.</translation>
    </message>
    <message>
        <source>Give the enterprise as enterprise:ID with its numeric enterprise ID, for example enterprise:900001.</source>
        <translation>Indiquez l&apos;entreprise sous la forme enterprise:ID avec son ID d&apos;entreprise numérique, par exemple enterprise:900001.</translation>
    </message>
    <message>
        <source>Give the user as user:ID, for example user:123.</source>
        <translation>Indiquez l&apos;utilisateur sous la forme user:ID, par exemple user:123.</translation>
    </message>
    <message>
        <source>Unknown subject &quot;%1&quot;: use enterprise, enterprise:ID or user:ID.</source>
        <translation>Sujet &quot;%1&quot; inconnu&#xa0;: utilisez enterprise, enterprise:ID ou user:ID.</translation>
    </message>
    <message>
        <source>The subject&apos;s ID is not valid.</source>
        <translation>L&apos;ID du sujet n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This app cannot act for the subject type &quot;%1&quot;; it accepts: %2.</source>
        <translation>Cette application ne peut pas agir pour le type de sujet &quot;%1&quot;&#xa0;; elle accepte&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>authdeck::KeychainProfileKey</name>
    <message>
        <source>The keychain entry %1 does not hold an AuthDeck profile key.</source>
        <translation>L&apos;entrée %1 du trousseau ne contient pas de clé de profil AuthDeck.</translation>
    </message>
    <message>
        <source>The key of this profile is missing from the keychain (entry %1), so its secrets cannot be read. Restore the keychain, or move the profile&apos;s database away and connect its accounts again.</source>
        <translation>La clé de ce profil est absente du trousseau (entrée %1)&#xa0;: ses secrets ne peuvent donc pas être lus. Restaurez le trousseau, ou déplacez ailleurs la base de données du profil et reconnectez ses comptes.</translation>
    </message>
    <message>
        <source>The profile key in the keychain (entry %1) does not open the profile database %2: the entry was replaced or the database belongs to another key. Nothing was read or changed.</source>
        <translation>La clé de profil du trousseau (entrée %1) n&apos;ouvre pas la base de données du profil %2&#xa0;: l&apos;entrée a été remplacée ou la base de données appartient à une autre clé. Rien n&apos;a été lu ni modifié.</translation>
    </message>
    <message>
        <source>The team key is missing from this machine&apos;s keychain (entry %1), so the team&apos;s secrets cannot be read. Ask a member for an invite and run &quot;authdeck-cli team join INVITE&quot; again.</source>
        <translation>La clé d&apos;équipe est absente du trousseau de cet ordinateur (entrée %1)&#xa0;: les secrets de l&apos;équipe ne peuvent donc pas être lus. Demandez une invitation à un membre et exécutez à nouveau &quot;authdeck-cli team join INVITE&quot;.</translation>
    </message>
</context>
<context>
    <name>authdeck::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>trousseau du système (Secret Service)</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1). If it is asking to be unlocked, unlock it and try again.</source>
        <translation>Le trousseau n&apos;a pas répondu (%1). S&apos;il demande à être déverrouillé, déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and allow AuthDeck to use it, then try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès. Déverrouillez-le et autorisez AuthDeck à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). AuthDeck keeps secrets only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet, or choose the encrypted vault explicitly with --secret-store vault.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). AuthDeck conserve les secrets uniquement dans le trousseau du système&#xa0;: démarrez un Secret Service tel que GNOME Keyring ou KWallet, ou choisissez explicitement le coffre chiffré avec --secret-store vault.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret; it may be locked (%1). Unlock the keychain and try again.</source>
        <translation>Le trousseau a refusé d&apos;enregistrer le secret&#xa0;; il est peut-être verrouillé (%1). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>Impossible de lire le trousseau (%1).</translation>
    </message>
    <message>
        <source>A keychain entry of AuthDeck is incomplete (a part is missing).</source>
        <translation>Une entrée AuthDeck du trousseau est incomplète (une partie est manquante).</translation>
    </message>
    <message>
        <source>Secrets are kept in the %1.</source>
        <translation>Les secrets sont conservés dans le %1.</translation>
    </message>
</context>
<context>
    <name>authdeck::KeysConnect</name>
    <message>
        <source>Unknown provider &quot;%1&quot;. Run &quot;authdeck-cli providers&quot; to see the providers AuthDeck knows.</source>
        <translation>Fournisseur &quot;%1&quot; inconnu. Exécutez &quot;authdeck-cli providers&quot; pour voir les fournisseurs connus d&apos;AuthDeck.</translation>
    </message>
    <message>
        <source>%1 does not connect with access keys.</source>
        <translation>%1 ne se connecte pas avec des clés d&apos;accès.</translation>
    </message>
    <message>
        <source>An access key ID is required (--access-key-id).</source>
        <translation>Un ID de clé d&apos;accès est requis (--access-key-id).</translation>
    </message>
    <message>
        <source>The secret access key is empty.</source>
        <translation>La clé d&apos;accès secrète est vide.</translation>
    </message>
</context>
<context>
    <name>authdeck::LocalHttpServer</name>
    <message>
        <source>The local server listens only on a loopback address, not on %1.</source>
        <translation>Le serveur local écoute uniquement sur une adresse de bouclage, et non sur %1.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>authdeck::LoopbackReplyHandler</name>
    <message>
        <source>The redirect port %1 on 127.0.0.1 is in use by another program (%2); close it or choose another port for the app registration.</source>
        <translation>Le port de redirection %1 sur 127.0.0.1 est utilisé par un autre programme (%2)&#xa0;; fermez-le ou choisissez un autre port pour l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in on 127.0.0.1: %1</source>
        <translation>Impossible d&apos;écouter la connexion sur 127.0.0.1&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Le fournisseur</translation>
    </message>
    <message>
        <source>The sign-in answer repeats the parameter &quot;%1&quot;; it was refused.</source>
        <translation>La réponse de connexion répète le paramètre &quot;%1&quot;&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to the sign-in AuthDeck started (its state does not match); it was refused. Start the sign-in again.</source>
        <translation>La réponse de connexion ne correspond pas à la connexion lancée par AuthDeck (son état ne correspond pas)&#xa0;; elle a été refusée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in answer comes from a different authorization server (&quot;%1&quot; instead of &quot;%2&quot;); it was refused.</source>
        <translation>La réponse de connexion provient d&apos;un autre serveur d&apos;autorisation (&quot;%1&quot; au lieu de &quot;%2&quot;)&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The sign-in answer names another authorization server (&quot;%1&quot;); it was refused.</source>
        <translation>La réponse de connexion indique un autre serveur d&apos;autorisation (&quot;%1&quot;)&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>Access was denied: the sign-in at %1 was declined.</source>
        <translation>Accès refusé&#xa0;: la connexion sur %1 a été déclinée.</translation>
    </message>
    <message>
        <source>The sign-in answer has no authorization code.</source>
        <translation>La réponse de connexion ne contient pas de code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sign-in answer&apos;s authorization code is implausibly long.</source>
        <translation>Le code d&apos;autorisation de la réponse de connexion est anormalement long.</translation>
    </message>
    <message>
        <source>This sign-in is already finished</source>
        <translation>Cette connexion est déjà terminée</translation>
    </message>
    <message>
        <source>AuthDeck accepts one answer per sign-in. You can close this tab.</source>
        <translation>AuthDeck accepte une seule réponse par connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>AuthDeck is still working</source>
        <translation>AuthDeck n&apos;a pas encore terminé</translation>
    </message>
    <message>
        <source>AuthDeck is still finishing the connection. Return to AuthDeck to see whether it succeeded; you can close this tab.</source>
        <translation>AuthDeck finalise encore la connexion. Revenez à AuthDeck pour voir si elle a réussi&#xa0;; vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>AuthDeck stopped before the connection was finished. Start the sign-in again in AuthDeck.</source>
        <translation>AuthDeck s&apos;est arrêté avant la fin de la connexion. Relancez la connexion dans AuthDeck.</translation>
    </message>
    <message>
        <source>This is not the sign-in AuthDeck is waiting for</source>
        <translation>Ce n&apos;est pas la connexion qu&apos;attend AuthDeck</translation>
    </message>
    <message>
        <source>The address does not carry the sign-in AuthDeck started, so it was ignored. To sign in, use the address AuthDeck shows, or start the sign-in again in AuthDeck.</source>
        <translation>L&apos;adresse ne correspond pas à la connexion lancée par AuthDeck et a donc été ignorée. Pour vous connecter, utilisez l&apos;adresse affichée par AuthDeck, ou relancez la connexion dans AuthDeck.</translation>
    </message>
    <message>
        <source>AuthDeck has finished the connection. You can close this tab and return to AuthDeck.</source>
        <translation>AuthDeck a terminé la connexion. Vous pouvez fermer cet onglet et revenir à AuthDeck.</translation>
    </message>
    <message>
        <source>%1 Return to AuthDeck to try again.</source>
        <translation>%1 Revenez à AuthDeck pour réessayer.</translation>
    </message>
    <message>
        <source>The answer to the admin consent request does not say that consent was granted (admin_consent=True and a tenant).</source>
        <translation>La réponse à la demande de consentement administrateur n&apos;indique pas que le consentement a été donné (admin_consent=True et un locataire).</translation>
    </message>
</context>
<context>
    <name>authdeck::OAuthConnectJob</name>
    <message>
        <source>The app &quot;%1&quot; is not an OAuth 2.0 app registration.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;est pas une inscription d&apos;application OAuth 2.0.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>En attente de la connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Exchanging the authorization code…</source>
        <translation>Échange du code d&apos;autorisation…</translation>
    </message>
    <message>
        <source>Checking who signed in…</source>
        <translation>Vérification de l&apos;utilisateur connecté…</translation>
    </message>
    <message>
        <source>The app registration changed during the sign-in.</source>
        <translation>L&apos;inscription d&apos;application a changé pendant la connexion.</translation>
    </message>
    <message>
        <source>Saving the account in the keychain…</source>
        <translation>Enregistrement du compte dans le trousseau…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>, enterprise %1</source>
        <translation>, entreprise %1</translation>
    </message>
    <message>
        <source>The browser signed in as %1, but the account &quot;%2&quot; is %3. Nothing was changed. Sign out of %4 in the browser and sign in as the account&apos;s user, or allow another identity (--allow-other-identity).</source>
        <translation>Le navigateur s&apos;est connecté en tant que %1, mais le compte &quot;%2&quot; est %3. Rien n&apos;a été modifié. Déconnectez-vous de %4 dans le navigateur et connectez-vous en tant qu&apos;utilisateur du compte, ou autorisez une autre identité (--allow-other-identity).</translation>
    </message>
    <message>
        <source>%1 already has the account &quot;%2&quot; with the app &quot;%3&quot;. Sign it in again with &quot;authdeck-cli reconnect %2&quot;, or replace it with --replace &quot;%2&quot;.</source>
        <translation>%1 possède déjà le compte &quot;%2&quot; avec l&apos;application &quot;%3&quot;. Reconnectez-le avec &quot;authdeck-cli reconnect %2&quot;, ou remplacez-le avec --replace &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--replace &quot;%1&quot;: the browser signed in as %2, who has no account with the app &quot;%3&quot;. Nothing was changed.</source>
        <translation>--replace &quot;%1&quot;&#xa0;: le navigateur s&apos;est connecté en tant que %2, qui n&apos;a pas de compte avec l&apos;application &quot;%3&quot;. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>AuthDeck connected &quot;%1&quot;. You can close this tab and return to AuthDeck.</source>
        <translation>AuthDeck a connecté &quot;%1&quot;. Vous pouvez fermer cet onglet et revenir à AuthDeck.</translation>
    </message>
    <message>
        <source>Your organization&apos;s policy does not allow signing in with a code on another device (device_flow is false); sign in in a browser instead.</source>
        <translation>La politique de votre organisation n&apos;autorise pas la connexion avec un code sur un autre appareil (device_flow vaut false) ; connectez-vous plutôt dans un navigateur.</translation>
    </message>
    <message>
        <source>%1 offers no device authorization endpoint for the app &quot;%2&quot;; sign in in a browser instead (without --device).</source>
        <translation>%1 n&apos;offre pas de point de terminaison d&apos;autorisation d&apos;appareil pour l&apos;application «&#xa0;%2&#xa0;»&#xa0;; connectez-vous plutôt dans un navigateur (sans --device).</translation>
    </message>
    <message>
        <source>Waiting for the code %1 to be entered at %2…</source>
        <translation>En attente de la saisie du code %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>authdeck::OAuthSignIn</name>
    <message>
        <source>No sign-in arrived within %1 seconds; the sign-in was stopped. Start it again, or paste the address the browser was sent to.</source>
        <translation>Aucune connexion reçue dans les %1 secondes&#xa0;; la connexion a été arrêtée. Relancez-la, ou collez l&apos;adresse vers laquelle le navigateur a été redirigé.</translation>
    </message>
    <message>
        <source>The authorization URL could not be built.</source>
        <translation>Impossible de construire l&apos;URL d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The pasted address is not a valid sign-in answer.</source>
        <translation>L&apos;adresse collée n&apos;est pas une réponse de connexion valide.</translation>
    </message>
    <message>
        <source>Paste the whole address the browser was sent to, or the code.</source>
        <translation>Collez l&apos;adresse complète vers laquelle le navigateur a été redirigé, ou le code.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) that did not belong to this sign-in (wrong or missing state) were ignored.</source>
        <translation>
            <numerusform>%n réponse qui n&apos;appartenait pas à cette connexion (paramètre state erroné ou absent) a été ignorée.</numerusform>
            <numerusform>%n réponses qui n&apos;appartenaient pas à cette connexion (paramètre state erroné ou absent) ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdeck::PasswordConnect</name>
    <message>
        <source>%1 does not sign in with a user name and password.</source>
        <translation>%1 ne se connecte pas avec un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (invalid_grant).</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe (invalid_grant).</translation>
    </message>
    <message>
        <source>The provider left the catalog meanwhile.</source>
        <translation>Le fournisseur a été retiré du catalogue entre-temps.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Run &quot;authdeck-cli providers&quot; to see the providers AuthDeck knows.</source>
        <translation>Fournisseur &quot;%1&quot; inconnu. Exécutez &quot;authdeck-cli providers&quot; pour voir les fournisseurs connus d&apos;AuthDeck.</translation>
    </message>
    <message>
        <source>A user name is required (--username).</source>
        <translation>Un nom d&apos;utilisateur est requis (--username).</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not a %2 password-grant or OAuth 2.0 app registration.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;est pas une inscription d&apos;application %2 à octroi par mot de passe ou OAuth 2.0.</translation>
    </message>
    <message>
        <source>%1&apos;s password grant needs the client ID of an app registration: add one with &quot;authdeck-cli apps add --provider %2 --scheme password --client-id ID&quot;, then connect again.</source>
        <translation>L&apos;octroi par mot de passe de %1 nécessite l&apos;ID client d&apos;une inscription d&apos;application&#xa0;: ajoutez-en une avec &quot;authdeck-cli apps add --provider %2 --scheme password --client-id ID&quot;, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Several %1 app registrations could send the password grant; choose one with --app NAME.</source>
        <translation>Plusieurs inscriptions d&apos;application %1 pourraient envoyer l&apos;octroi par mot de passe&#xa0;; choisissez-en une avec --app NAME.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is for %2 = %3, not %4.</source>
        <translation>L&apos;application &quot;%1&quot; est prévue pour %2 = %3, et non %4.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de paramètre &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 runs on your own server: give its host with --host (for example %2).</source>
        <translation>%1 s&apos;exécute sur votre propre serveur&#xa0;: indiquez son hôte avec --host (par exemple %2).</translation>
    </message>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 nécessite une valeur pour &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>%1 has no token URL for the password grant.</source>
        <translation>%1 n&apos;a pas d&apos;URL de jeton pour l&apos;octroi par mot de passe.</translation>
    </message>
    <message>
        <source>verification URL</source>
        <translation>URL de vérification</translation>
    </message>
</context>
<context>
    <name>authdeck::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a writable folder.</source>
        <translation>Le dossier de profil %1 n&apos;est pas un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 in the profile belongs to another user (uid %2); AuthDeck uses only a profile that belongs to you. Move it away, or fix its owner.</source>
        <translation>%1 dans le profil appartient à un autre utilisateur (uid %2)&#xa0;; AuthDeck n&apos;utilise qu&apos;un profil qui vous appartient. Déplacez-le ailleurs, ou corrigez son propriétaire.</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users (mode %2); AuthDeck keeps a profile private. Run: chmod -R go-rwx &apos;%3&apos;</source>
        <translation>%1 peut être lu ou modifié par d&apos;autres utilisateurs (mode %2)&#xa0;; AuthDeck garde un profil privé. Exécutez&#xa0;: chmod -R go-rwx &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>authdeck::ProfileDatabase</name>
    <message>
        <source>A copy of an earlier state is kept as %1; to go back to it, move the damaged file away and run: cp &apos;%1&apos; &apos;%2&apos;</source>
        <translation>Une copie d&apos;un état antérieur est conservée sous %1&#xa0;; pour y revenir, déplacez ailleurs le fichier endommagé et exécutez&#xa0;: cp &apos;%1&apos; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Move the file away to start with an empty profile (its accounts must then be connected again).</source>
        <translation>Déplacez ailleurs le fichier pour repartir d&apos;un profil vide (ses comptes devront alors être reconnectés).</translation>
    </message>
    <message>
        <source>The profile database %1 cannot be used: %2. It was left as it is. %3</source>
        <translation>La base de données du profil %1 est inutilisable&#xa0;: %2. Elle a été laissée telle quelle. %3</translation>
    </message>
    <message>
        <source>The profile %1 is in use by another AuthDeck process that does not let go; try again. Nothing was changed.</source>
        <translation>Le profil %1 est utilisé par un autre processus AuthDeck qui ne le libère pas&#xa0;; réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1)</source>
        <translation>elle est endommagée ou n&apos;est pas une base de données (%1)</translation>
    </message>
    <message>
        <source>Cannot save the profile %1: no space left on device or a file size limit reached (%2). Nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer le profil %1&#xa0;: plus d&apos;espace disponible sur le périphérique ou limite de taille de fichier atteinte (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write in the profile folder %1 (is the disk full or the folder read-only?). Nothing was changed.</source>
        <translation>Impossible d&apos;écrire dans le dossier du profil %1 (le disque est-il plein ou le dossier en lecture seule&#xa0;?). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The profile database %1 failed while %2: %3</source>
        <translation>Échec de la base de données du profil %1 lors de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>elle n&apos;existe pas</translation>
    </message>
    <message>
        <source>AuthDeck cannot open its profile database: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>AuthDeck ne peut pas ouvrir sa base de données de profil&#xa0;: le pilote SQLite de Qt est absent (installez libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>l&apos;ouverture</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>la lecture</translation>
    </message>
    <message>
        <source>it is not an AuthDeck profile database</source>
        <translation>ce n&apos;est pas une base de données de profil AuthDeck</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>sa version de schéma est absente</translation>
    </message>
    <message>
        <source>The profile database %1 was written by a newer AuthDeck (schema version %2); update AuthDeck to use it. It was left as it is.</source>
        <translation>La base de données du profil %1 a été écrite par une version plus récente d&apos;AuthDeck (version de schéma %2)&#xa0;; mettez à jour AuthDeck pour l&apos;utiliser. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The profile database %1 belongs to another profile (it was made for a folder elsewhere); AuthDeck does not use it here. It was left as it is: move it back, or move it away to start this profile afresh.</source>
        <translation>La base de données du profil %1 appartient à un autre profil (elle a été créée pour un dossier situé ailleurs)&#xa0;; AuthDeck ne l&apos;utilise pas ici. Elle a été laissée telle quelle&#xa0;: remettez-la à son emplacement d&apos;origine, ou déplacez-la ailleurs pour repartir de zéro avec ce profil.</translation>
    </message>
    <message>
        <source>a row of its %1 is not valid</source>
        <translation>une ligne de sa table %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>l&apos;enregistrement</translation>
    </message>
    <message>
        <source>reading a secret</source>
        <translation>la lecture d&apos;un secret</translation>
    </message>
    <message>
        <source>saving a secret</source>
        <translation>l&apos;enregistrement d&apos;un secret</translation>
    </message>
    <message>
        <source>deleting a secret</source>
        <translation>la suppression d&apos;un secret</translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer AuthDeck (team schema version %2); update AuthDeck on this machine to use it. Nothing was changed.</source>
        <translation>La base de données d&apos;équipe %1 a été configurée par une version plus récente d&apos;AuthDeck (version de schéma d&apos;équipe %2)&#xa0;; mettez à jour AuthDeck sur cet ordinateur pour l&apos;utiliser. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The team database %1 belongs to another team (&quot;%2&quot;), not to the team this profile is bound to. Nothing was changed: check the database URL, or join that team with its own invite.</source>
        <translation>La base de données d&apos;équipe %1 appartient à une autre équipe (&quot;%2&quot;), et non à l&apos;équipe à laquelle ce profil est lié. Rien n&apos;a été modifié&#xa0;: vérifiez l&apos;URL de la base de données, ou rejoignez cette équipe avec sa propre invitation.</translation>
    </message>
    <message>
        <source>AuthDeck cannot reach its team database: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>AuthDeck ne peut pas joindre sa base de données d&apos;équipe&#xa0;: le pilote PostgreSQL de Qt est absent (installez libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>The database %1 holds no AuthDeck team (it has no schema &quot;authdeck&quot; made by &quot;authdeck-cli team create&quot;). Nothing was changed: check the database URL.</source>
        <translation>La base de données %1 ne contient aucune équipe AuthDeck (elle n&apos;a pas de schéma &quot;authdeck&quot; créé par &quot;authdeck-cli team create&quot;). Rien n&apos;a été modifié&#xa0;: vérifiez l&apos;URL de la base de données.</translation>
    </message>
    <message>
        <source>The team database %1 refused this machine&apos;s password. Nothing was changed: put the right one in ~/.pgpass, or give it again with --database-password-file F.</source>
        <translation>La base de données d&apos;équipe %1 a refusé le mot de passe de cet ordinateur. Rien n&apos;a été modifié&#xa0;: inscrivez le bon mot de passe dans ~/.pgpass, ou indiquez-le à nouveau avec --database-password-file F.</translation>
    </message>
    <message>
        <source>The database named in %1 does not exist on that server. Nothing was changed: check the URL, or ask its administrator to create it.</source>
        <translation>La base de données indiquée dans %1 n&apos;existe pas sur ce serveur. Rien n&apos;a été modifié&#xa0;: vérifiez l&apos;URL, ou demandez à l&apos;administrateur du serveur de la créer.</translation>
    </message>
    <message>
        <source>The database user of %1 may not do this (%2): it has a server&apos;s rights, which use tokens but do not change apps or accounts. Nothing was changed; ask a team admin.</source>
        <translation>L&apos;utilisateur de base de données de %1 n&apos;a pas le droit de faire cela (%2)&#xa0;: il a les droits d&apos;un serveur, qui utilisent les jetons mais ne modifient ni les applications ni les comptes. Rien n&apos;a été modifié&#xa0;; adressez-vous à un administrateur de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached (%2). Nothing was changed, and no local copy is used in its place: check the network and the database server, then try again.</source>
        <translation>La base de données d&apos;équipe %1 est injoignable (%2). Rien n&apos;a été modifié, et aucune copie locale n&apos;est utilisée à sa place&#xa0;: vérifiez le réseau et le serveur de base de données, puis réessayez.</translation>
    </message>
    <message>
        <source>The team database %1 was busy with another member&apos;s change; try again. Nothing was changed.</source>
        <translation>La base de données d&apos;équipe %1 était occupée par la modification d&apos;un autre membre&#xa0;; réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The team database %1 failed while %2: %3</source>
        <translation>Échec de la base de données d&apos;équipe %1 lors de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The database %1 already holds an AuthDeck team. Nothing was changed: join it with an invite from one of its members (authdeck-cli team join), or use another database.</source>
        <translation>La base de données %1 contient déjà une équipe AuthDeck. Rien n&apos;a été modifié&#xa0;: rejoignez-la avec une invitation de l&apos;un de ses membres (authdeck-cli team join), ou utilisez une autre base de données.</translation>
    </message>
    <message>
        <source>locking an account</source>
        <translation>la pose d&apos;un verrou sur un compte</translation>
    </message>
</context>
<context>
    <name>authdeck::ProfileMigration</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged; it was left as it is.</source>
        <translation>Le fichier de profil %1 est endommagé&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>No profile database to move into.</source>
        <translation>Aucune base de données de profil vers laquelle effectuer le transfert.</translation>
    </message>
    <message>
        <source>The profile could not be moved into its database; nothing was changed and AuthDeck will try again next time. %1</source>
        <translation>Le profil n&apos;a pas pu être transféré dans sa base de données&#xa0;; rien n&apos;a été modifié et AuthDeck réessaiera la prochaine fois. %1</translation>
    </message>
</context>
<context>
    <name>authdeck::ProfileStore</name>
    <message>
        <source>The profile %1 is from an earlier AuthDeck and has not been moved into its database yet.</source>
        <translation>Le profil %1 provient d&apos;une version antérieure d&apos;AuthDeck et n&apos;a pas encore été transféré dans sa base de données.</translation>
    </message>
    <message>
        <source>%1: an app registration has an id that is not valid.</source>
        <translation>%1&#xa0;: une inscription d&apos;application a un identifiant non valide.</translation>
    </message>
    <message>
        <source>%1: an account has an id that is not valid.</source>
        <translation>%1&#xa0;: un compte a un identifiant non valide.</translation>
    </message>
    <message>
        <source>Cannot save the profile %1: no space left on device. Nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer le profil %1&#xa0;: plus d&apos;espace disponible sur le périphérique. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Another member of the team is renewing this account and does not finish; try again.</source>
        <translation>Un autre membre de l&apos;équipe est en train de renouveler ce compte et ne termine pas&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>authdeck::ProviderCatalog</name>
    <message>
        <source>%1: cannot be read (%2); skipped.</source>
        <translation>%1&#xa0;: illisible (%2)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 KB; skipped.</source>
        <translation>%1&#xa0;: le fichier dépasse 256 Ko&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>%1; skipped.</source>
        <translation>%1&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>%1 would replace the built-in provider &quot;%2&quot;, but your organization&apos;s policy (%3) allows providers with their built-in endpoints only; the file is ignored.</source>
        <translation>%1 remplacerait le fournisseur intégré &quot;%2&quot;, mais la stratégie de votre organisation (%3) n&apos;autorise les fournisseurs qu&apos;avec leurs points de terminaison intégrés&#xa0;; le fichier est ignoré.</translation>
    </message>
</context>
<context>
    <name>authdeck::ProviderParser</name>
    <message>
        <source>the file is larger than 256 KB</source>
        <translation>le fichier dépasse 256 Ko</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>is required and must be 1</source>
        <translation>est requis et doit valoir 1</translation>
    </message>
    <message>
        <source>must be 2 to 40 lower-case letters, digits or dashes</source>
        <translation>doit comporter de 2 à 40 lettres minuscules, chiffres ou tirets</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits or underscores</source>
        <translation>doit comporter des lettres minuscules, des chiffres ou des traits de soulignement</translation>
    </message>
    <message>
        <source>must be hostname or text</source>
        <translation>doit être hostname ou text</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>est utilisé deux fois</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>ne doit pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>repeats the scope &quot;%1&quot;</source>
        <translation>répète l&apos;autorisation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must offer at least one scheme</source>
        <translation>doit proposer au moins un schéma</translation>
    </message>
    <message>
        <source>must be rfc7009 or none</source>
        <translation>doit être rfc7009 ou none</translation>
    </message>
    <message>
        <source>is required for rfc7009 revocation</source>
        <translation>est requis pour la révocation rfc7009</translation>
    </message>
    <message>
        <source>must be a space or a comma</source>
        <translation>doit être un espace ou une virgule</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est requis</translation>
    </message>
    <message>
        <source>is set by AuthDeck and must not be given</source>
        <translation>est défini par AuthDeck et ne doit pas être indiqué</translation>
    </message>
    <message>
        <source>supports RS256, RS384 and RS512 only</source>
        <translation>prend en charge uniquement RS256, RS384 et RS512</translation>
    </message>
    <message>
        <source>must be box-config or google-service-account</source>
        <translation>doit être box-config ou google-service-account</translation>
    </message>
    <message>
        <source>must not exceed max_lifetime</source>
        <translation>ne doit pas dépasser max_lifetime</translation>
    </message>
    <message>
        <source>must be aws-sigv4</source>
        <translation>doit être aws-sigv4</translation>
    </message>
    <message>
        <source>names a scheme this provider does not offer</source>
        <translation>désigne un schéma que ce fournisseur ne propose pas</translation>
    </message>
    <message>
        <source>is set by AuthDeck itself in the sign-in request and must not be given</source>
        <translation>est défini par AuthDeck lui-même dans la requête de connexion et ne doit pas être indiqué</translation>
    </message>
    <message>
        <source>is not a parameter name (letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos; only)</source>
        <translation>n&apos;est pas un nom de paramètre (lettres, chiffres, &apos;-&apos;, &apos;.&apos; et &apos;_&apos; uniquement)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation>n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>must be an https URL (http only to a loopback address)</source>
        <translation>doit être une URL https (http uniquement vers une adresse de bouclage)</translation>
    </message>
    <message>
        <source>has an unmatched brace</source>
        <translation>contient une accolade non appariée</translation>
    </message>
    <message>
        <source>uses the unknown placeholder {%1}</source>
        <translation>utilise l&apos;espace réservé inconnu {%1}</translation>
    </message>
    <message>
        <source>must be a string, number or true/false</source>
        <translation>doit être une chaîne, un nombre ou true/false</translation>
    </message>
    <message>
        <source>is not a valid regular expression</source>
        <translation>n&apos;est pas une expression régulière valide</translation>
    </message>
    <message>
        <source>repeats the field &quot;%1&quot;</source>
        <translation>répète le champ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be GET or POST</source>
        <translation>doit être GET ou POST</translation>
    </message>
    <message>
        <source>must be json or xml</source>
        <translation>doit être json ou xml</translation>
    </message>
    <message>
        <source>must be a field path such as &quot;user.email&quot;</source>
        <translation>doit être un chemin de champ tel que &quot;user.email&quot;</translation>
    </message>
    <message>
        <source>must name at least one field</source>
        <translation>doit nommer au moins un champ</translation>
    </message>
    <message>
        <source>reads the endpoints from the issuer: authorize_url and token_url must not be given as well</source>
        <translation>lit les points de terminaison chez l&apos;émetteur : authorize_url et token_url ne doivent pas être donnés en plus</translation>
    </message>
    <message>
        <source>must be body, basic or private_key_jwt</source>
        <translation>doit être body, basic ou private_key_jwt</translation>
    </message>
    <message>
        <source>is not an AuthDeck scope (%1)</source>
        <translation>n&apos;est pas une autorisation AuthDeck (%1)</translation>
    </message>
    <message>
        <source>must list at least one scope</source>
        <translation>doit indiquer au moins une autorisation</translation>
    </message>
    <message>
        <source>names the scope &quot;%1&quot;, which &quot;scopes&quot; does not list</source>
        <translation>nomme l&apos;autorisation &quot;%1&quot;, que &quot;scopes&quot; ne mentionne pas</translation>
    </message>
</context>
<context>
    <name>authdeck::S3Verify</name>
    <message>
        <source>endpoint</source>
        <translation>point de terminaison</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must not have a query or fragment.</source>
        <translation>Le point de terminaison &quot;%1&quot; ne doit pas contenir de requête ni de fragment.</translation>
    </message>
    <message>
        <source>%1 answered the signed request with something that is not XML.</source>
        <translation>%1 a répondu à la requête signée avec autre chose que du XML.</translation>
    </message>
    <message>
        <source>%1 says the request signature does not match: the secret access key is wrong for the access key ID %2.</source>
        <translation>%1 indique que la signature de la requête ne correspond pas&#xa0;: la clé d&apos;accès secrète est incorrecte pour l&apos;ID de clé d&apos;accès %2.</translation>
    </message>
    <message>
        <source>%1 does not know the access key ID %2: check it, or whether the key was deleted or deactivated.</source>
        <translation>%1 ne connaît pas l&apos;ID de clé d&apos;accès %2&#xa0;: vérifiez-le, ou vérifiez si la clé a été supprimée ou désactivée.</translation>
    </message>
    <message>
        <source>%1 denied access to the key %2: its policy does not allow listing buckets (s3:ListAllMyBuckets).</source>
        <translation>%1 a refusé l&apos;accès à la clé %2&#xa0;: sa stratégie ne permet pas de lister les compartiments (s3:ListAllMyBuckets).</translation>
    </message>
    <message>
        <source>%1 refused the request because this computer&apos;s clock is off by more than 15 minutes; correct the clock and try again.</source>
        <translation>%1 a refusé la requête car l&apos;horloge de cet ordinateur est décalée de plus de 15 minutes&#xa0;; corrigez l&apos;horloge et réessayez.</translation>
    </message>
    <message>
        <source>%1 refused the signed request: %2 (is the region right?)</source>
        <translation>%1 a refusé la requête signée&#xa0;: %2 (la région est-elle correcte&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 could not answer the signed request (HTTP %2); try again later.</source>
        <translation>%1 n&apos;a pas pu répondre à la requête signée (HTTP %2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the signed request (HTTP %2).</source>
        <translation>%1 a refusé la requête signée (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the signed request: %2 (HTTP %3).</source>
        <translation>%1 a refusé la requête signée&#xa0;: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 does not use access keys.</source>
        <translation>%1 n&apos;utilise pas de clés d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>authdeck::SandboxServer</name>
    <message>
        <source>There is no app with this client ID.</source>
        <translation>Aucune application ne possède cet ID client.</translation>
    </message>
</context>
<context>
    <name>authdeck::SandboxSession</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::Scheme</name>
    <message>
        <source>OAuth 2.0 sign-in</source>
        <translation>Connexion OAuth 2.0</translation>
    </message>
    <message>
        <source>Server authentication (JWT)</source>
        <translation>Authentification serveur (JWT)</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Clés d&apos;accès</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Authentification de base</translation>
    </message>
</context>
<context>
    <name>authdeck::SecretChunker</name>
    <message>
        <source>A keychain entry of AuthDeck is damaged (%1).</source>
        <translation>Une entrée AuthDeck du trousseau est endommagée (%1).</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation>Le secret est trop volumineux pour le trousseau (%1 octets).</translation>
    </message>
</context>
<context>
    <name>authdeck::SecretCipher</name>
    <message>
        <source>A secret in the profile database is damaged.</source>
        <translation>Un secret de la base de données du profil est endommagé.</translation>
    </message>
    <message>
        <source>A secret in the profile database fails its authentication check (it was changed, or moved from another row or profile); it was not used.</source>
        <translation>Un secret de la base de données du profil a échoué au contrôle d&apos;authentification (il a été modifié, ou déplacé depuis une autre ligne ou un autre profil)&#xa0;; il n&apos;a pas été utilisé.</translation>
    </message>
</context>
<context>
    <name>authdeck::SecretRecord</name>
    <message>
        <source>A keychain entry of AuthDeck is not readable.</source>
        <translation>Une entrée AuthDeck du trousseau est illisible.</translation>
    </message>
</context>
<context>
    <name>authdeck::ServerAuthMinter</name>
    <message>
        <source>%1 says this app is not authorized in your enterprise. Ask a %1 admin to open Admin Console → Integrations → Platform Apps Manager → Add App and paste the Client ID %2 (after any change of the app&apos;s scopes or access level: Reauthorize App).</source>
        <translation>%1 indique que cette application n&apos;est pas autorisée dans votre entreprise. Demandez à un administrateur %1 d&apos;ouvrir Admin Console → Integrations → Platform Apps Manager → Add App et de coller l&apos;ID client %2 (après toute modification des autorisations ou du niveau d&apos;accès de l&apos;application&#xa0;: Reauthorize App).</translation>
    </message>
    <message>
        <source>%1 does not know the key that signed the assertion: check the Public Key ID (%2) and that its public key was added to the app.</source>
        <translation>%1 ne connaît pas la clé qui a signé l&apos;assertion&#xa0;: vérifiez l&apos;ID de clé publique (%2) et que sa clé publique a bien été ajoutée à l&apos;application.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1 refused the subject (sub): check the enterprise ID (%2) or the user ID, and that the app is authorized in that enterprise.</source>
        <translation>%1 a refusé le sujet (sub)&#xa0;: vérifiez l&apos;ID d&apos;entreprise (%2) ou l&apos;ID utilisateur, et que l&apos;application est autorisée dans cette entreprise.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>L&apos;application &quot;%1&quot; utilise le fournisseur &quot;%2&quot;, qui ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up for %2.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;est pas configurée pour %2.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has no private key in the keychain: import its config.json again.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;a pas de clé privée dans le trousseau&#xa0;: importez à nouveau son config.json.</translation>
    </message>
    <message>
        <source>The private key stored for the app &quot;%1&quot; cannot be used: %2</source>
        <translation>La clé privée enregistrée pour l&apos;application &quot;%1&quot; est inutilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>authdeck::ServerConnect</name>
    <message>
        <source>The app &quot;%1&quot; uses %2; --subject is for server authentication (JWT or client credentials).</source>
        <translation>L&apos;application &quot;%1&quot; utilise %2&#xa0;; --subject est destiné à l&apos;authentification serveur (JWT ou identifiants client).</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>L&apos;application &quot;%1&quot; utilise le fournisseur &quot;%2&quot;, qui ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>--confirm-admin is for org-wide access: use it with --subject enterprise or --subject enterprise:ID.</source>
        <translation>--confirm-admin est destiné à l&apos;accès à l&apos;échelle de l&apos;organisation&#xa0;: utilisez-le avec --subject enterprise ou --subject enterprise:ID.</translation>
    </message>
    <message>
        <source>%1 refused the admin account&apos;s token (HTTP %2): sign it in again.</source>
        <translation>%1 a refusé le jeton du compte administrateur (HTTP %2)&#xa0;: reconnectez-le.</translation>
    </message>
    <message>
        <source>%1 did not say who the admin account is (HTTP %2).</source>
        <translation>%1 n&apos;a pas indiqué l&apos;identité du compte administrateur (HTTP %2).</translation>
    </message>
    <message>
        <source>--confirm-admin needs an account signed in with OAuth 2.0 at %1; &quot;%2&quot; is not one.</source>
        <translation>--confirm-admin nécessite un compte connecté avec OAuth 2.0 sur %1&#xa0;; &quot;%2&quot; n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 says %2 (the account &quot;%3&quot;) is a &quot;%4&quot; of enterprise %5, not an admin or co-admin: org-wide access needs an admin&apos;s confirmation. Nothing was connected.</source>
        <translation>%1 indique que %2 (le compte &quot;%3&quot;) a le rôle &quot;%4&quot; dans l&apos;entreprise %5 et n&apos;est ni administrateur ni coadministrateur&#xa0;: l&apos;accès à l&apos;échelle de l&apos;organisation nécessite la confirmation d&apos;un administrateur. Rien n&apos;a été connecté.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>%1 says %2 (the account &quot;%3&quot;) is an admin of enterprise %4, not of enterprise %5. Nothing was connected.</source>
        <translation>%1 indique que %2 (le compte &quot;%3&quot;) est administrateur de l&apos;entreprise %4, et non de l&apos;entreprise %5. Rien n&apos;a été connecté.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; already has the account &quot;%2&quot; for %3 %4; use it, or replace it with --replace &quot;%2&quot;.</source>
        <translation>L&apos;application &quot;%1&quot; a déjà le compte &quot;%2&quot; pour %3 %4&#xa0;; utilisez-le, ou remplacez-le avec --replace &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--replace &quot;%1&quot;: that is not an account of the app &quot;%2&quot; for %3 %4.</source>
        <translation>--replace &quot;%1&quot;&#xa0;: ce n&apos;est pas un compte de l&apos;application &quot;%2&quot; pour %3 %4.</translation>
    </message>
    <message>
        <source>The provider left the catalog meanwhile.</source>
        <translation>Le fournisseur a été retiré du catalogue entre-temps.</translation>
    </message>
    <message>
        <source>enterprise %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
</context>
<context>
    <name>authdeck::TeamBinding</name>
    <message>
        <source>The database URL is not usable: %1. Write it as postgresql://USER@HOST:PORT/DATABASE (?sslmode=require when the server is not on this machine).</source>
        <translation>L&apos;URL de la base de données n&apos;est pas utilisable&#xa0;: %1. Écrivez-la sous la forme postgresql://USER@HOST:PORT/DATABASE (?sslmode=require lorsque le serveur n&apos;est pas sur cet ordinateur).</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>elle ne commence pas par postgresql://</translation>
    </message>
    <message>
        <source>The database URL holds a password, which would stay in the shell&apos;s history and the process list. Leave it out and give it with --database-password-file F, or in ~/.pgpass.</source>
        <translation>L&apos;URL de la base de données contient un mot de passe, qui resterait dans l&apos;historique du shell et dans la liste des processus. Retirez-le et indiquez-le avec --database-password-file F, ou dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>elle n&apos;indique aucun hôte</translation>
    </message>
    <message>
        <source>its port is not a number from 1 to 65535</source>
        <translation>son port n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>it names no database after the host</source>
        <translation>elle n&apos;indique aucune base de données après l&apos;hôte</translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation>elle n&apos;indique aucun utilisateur</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode doit prendre l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>AuthDeck does not know the setting &quot;%1&quot;</source>
        <translation>AuthDeck ne connaît pas le paramètre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The team binding %1 cannot be read; run &quot;authdeck-cli team leave&quot; and join again.</source>
        <translation>Impossible de lire la liaison d&apos;équipe %1&#xa0;; exécutez &quot;authdeck-cli team leave&quot; et rejoignez l&apos;équipe à nouveau.</translation>
    </message>
    <message>
        <source>The file %1 is not an AuthDeck team binding; move it away, or run &quot;authdeck-cli team leave&quot; and join again.</source>
        <translation>Le fichier %1 n&apos;est pas une liaison d&apos;équipe AuthDeck&#xa0;; déplacez-le ailleurs, ou exécutez &quot;authdeck-cli team leave&quot; et rejoignez l&apos;équipe à nouveau.</translation>
    </message>
    <message>
        <source>Cannot remove the team binding %1.</source>
        <translation>Impossible de supprimer la liaison d&apos;équipe %1.</translation>
    </message>
</context>
<context>
    <name>authdeck::TeamInvite</name>
    <message>
        <source>The team key is not valid.</source>
        <translation>La clé d&apos;équipe n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>it is far larger than an invite</source>
        <translation>il est bien plus volumineux qu&apos;une invitation</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>ce n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>it is not a team invite</source>
        <translation>ce n&apos;est pas une invitation d&apos;équipe</translation>
    </message>
    <message>
        <source>it was made by another version of AuthDeck</source>
        <translation>il a été créé par une autre version d&apos;AuthDeck</translation>
    </message>
    <message>
        <source>its key derivation is not scrypt</source>
        <translation>sa dérivation de clé n&apos;est pas scrypt</translation>
    </message>
    <message>
        <source>a part of it is missing</source>
        <translation>il en manque une partie</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this team invite. Nothing was changed.</source>
        <translation>La phrase secrète est incorrecte&#xa0;: elle n&apos;ouvre pas cette invitation d&apos;équipe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the passphrase is right but the file changed after it was made</source>
        <translation>la phrase secrète est correcte mais le fichier a été modifié après sa création</translation>
    </message>
    <message>
        <source>its contents are not in the expected shape</source>
        <translation>son contenu n&apos;a pas la structure attendue</translation>
    </message>
    <message>
        <source>The file is not a usable AuthDeck team invite: %1. Nothing was changed; ask the team for a new invite (authdeck-cli team invite).</source>
        <translation>Le fichier n&apos;est pas une invitation d&apos;équipe AuthDeck utilisable&#xa0;: %1. Rien n&apos;a été modifié&#xa0;; demandez une nouvelle invitation à l&apos;équipe (authdeck-cli team invite).</translation>
    </message>
</context>
<context>
    <name>authdeck::Template</name>
    <message>
        <source>The template &quot;%1&quot; has an unmatched brace.</source>
        <translation>Le modèle &quot;%1&quot; contient une accolade non appariée.</translation>
    </message>
    <message>
        <source>No value for {%1}.</source>
        <translation>Aucune valeur pour {%1}.</translation>
    </message>
</context>
<context>
    <name>authdeck::TokenClient</name>
    <message>
        <source>token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>revocation URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>%1 did not confirm the revocation (HTTP %2).</source>
        <translation>%1 n&apos;a pas confirmé la révocation (HTTP %2).</translation>
    </message>
    <message>
        <source>The app authenticates with a private key (private_key_jwt), but none is stored: add it with --private-key-file.</source>
        <translation>L&apos;application s&apos;authentifie avec une clé privée (private_key_jwt), mais aucune n&apos;est enregistrée&#xa0;: ajoutez-la avec --private-key-file.</translation>
    </message>
    <message>
        <source>The client assertion has no audience.</source>
        <translation>L&apos;assertion client n&apos;a pas d&apos;audience (aud).</translation>
    </message>
    <message>
        <source>The app&apos;s private key cannot be used: %1</source>
        <translation>La clé privée de l&apos;application ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::TokenResponse</name>
    <message>
        <source>an empty answer</source>
        <translation>une réponse vide</translation>
    </message>
    <message>
        <source>an HTML page instead of a token</source>
        <translation>une page HTML au lieu d&apos;un jeton</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>du JSON qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>incomplete or malformed JSON</source>
        <translation>du JSON incomplet ou mal formé</translation>
    </message>
    <message>
        <source>an answer that is neither JSON nor form data</source>
        <translation>une réponse qui n&apos;est ni du JSON ni des données de formulaire</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in (the refresh token expired, was revoked or was already used): sign in again.</source>
        <translation>%1 n&apos;accepte plus la connexion de ce compte (le jeton d&apos;actualisation a expiré, a été révoqué ou a déjà été utilisé)&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 refused the assertion&apos;s timing or id (exp or jti): this computer&apos;s clock may disagree with the server&apos;s.</source>
        <translation>%1 a refusé la date ou l&apos;identifiant de l&apos;assertion (exp ou jti)&#xa0;: l&apos;horloge de cet ordinateur est peut-être décalée par rapport à celle du serveur.</translation>
    </message>
    <message>
        <source>%1 refused the subject (sub): check the enterprise ID or user ID.</source>
        <translation>%1 a refusé le sujet (sub)&#xa0;: vérifiez l&apos;ID d&apos;entreprise ou l&apos;ID utilisateur.</translation>
    </message>
    <message>
        <source>%1 does not know the key that signed the assertion: check the Public Key ID and that the public key was added to the app.</source>
        <translation>%1 ne connaît pas la clé qui a signé l&apos;assertion&#xa0;: vérifiez l&apos;ID de clé publique et que la clé publique a bien été ajoutée à l&apos;application.</translation>
    </message>
    <message>
        <source>%1 could not verify the assertion&apos;s signature: the private key does not match the public key registered for this Public Key ID.</source>
        <translation>%1 n&apos;a pas pu vérifier la signature de l&apos;assertion&#xa0;: la clé privée ne correspond pas à la clé publique enregistrée pour cet ID de clé publique.</translation>
    </message>
    <message>
        <source>%1 refused the redirect URI: register http://127.0.0.1/callback (any port) for the app at the provider.</source>
        <translation>%1 a refusé l&apos;URI de redirection&#xa0;: enregistrez http://127.0.0.1/callback (n&apos;importe quel port) pour l&apos;application chez le fournisseur.</translation>
    </message>
    <message>
        <source>%1 refused the authorization code: it expired or was already used. Sign in again.</source>
        <translation>%1 a refusé le code d&apos;autorisation&#xa0;: il a expiré ou a déjà été utilisé. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 refused the grant (invalid_grant).</source>
        <translation>%1 a refusé l&apos;octroi (invalid_grant).</translation>
    </message>
    <message>
        <source>%1 does not accept the client ID and secret (invalid_client): check the app registration.</source>
        <translation>%1 n&apos;accepte pas l&apos;ID client et le secret (invalid_client)&#xa0;: vérifiez l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>%1 says the app is not authorized for this (unauthorized_client).</source>
        <translation>%1 indique que l&apos;application n&apos;est pas autorisée pour cette opération (unauthorized_client).</translation>
    </message>
    <message>
        <source>Access was denied at %1.</source>
        <translation>L&apos;accès a été refusé sur %1.</translation>
    </message>
    <message>
        <source>%1 refused the requested scopes (invalid_scope): the app may not be allowed these scopes.</source>
        <translation>%1 a refusé les autorisations demandées (invalid_scope)&#xa0;: l&apos;application n&apos;a peut-être pas droit à ces autorisations.</translation>
    </message>
    <message>
        <source>%1 does not support this sign-in method for the app (unsupported_grant_type).</source>
        <translation>%1 ne prend pas en charge cette méthode de connexion pour l&apos;application (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>%1 has a problem of its own (%2); try again later.</source>
        <translation>%1 rencontre un problème interne (%2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the request (%2).</source>
        <translation>%1 a refusé la requête (%2).</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than 1 MB; refused.</source>
        <translation>%1 a envoyé une réponse de plus de 1 Mo&#xa0;; refusée.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429); try again later.</source>
        <translation>%1 limite les requêtes (HTTP 429)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 has a problem of its own (HTTP %2); try again later.</source>
        <translation>%1 rencontre un problème interne (HTTP %2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3.</source>
        <translation>%1 a répondu HTTP %2 avec %3.</translation>
    </message>
    <message>
        <source>%1 sent %2; AuthDeck cannot use it.</source>
        <translation>%1 a envoyé %2&#xa0;; AuthDeck ne peut pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>%1 answered without an access token; AuthDeck cannot use it.</source>
        <translation>%1 a répondu sans jeton d&apos;accès&#xa0;; AuthDeck ne peut pas utiliser cette réponse.</translation>
    </message>
    <message>
        <source>%1 answered without a token type; AuthDeck cannot use it.</source>
        <translation>%1 a répondu sans type de jeton&#xa0;; AuthDeck ne peut pas utiliser cette réponse.</translation>
    </message>
    <message>
        <source>%1 issued a &quot;%2&quot; token; AuthDeck supports bearer tokens only.</source>
        <translation>%1 a émis un jeton &quot;%2&quot;&#xa0;; AuthDeck prend en charge uniquement les jetons bearer.</translation>
    </message>
    <message>
        <source>%1 issued a token with characters a token may not have (RFC 6749 allows printable ASCII only); AuthDeck cannot use it.</source>
        <translation>%1 a émis un jeton contenant des caractères interdits dans un jeton (RFC 6749 n&apos;autorise que l&apos;ASCII imprimable)&#xa0;; AuthDeck ne peut pas l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>authdeck::TokenService</name>
    <message>
        <source>The account &quot;%1&quot; uses the provider &quot;%2&quot;, which is not in the catalog.</source>
        <translation>Le compte &quot;%1&quot; utilise le fournisseur &quot;%2&quot;, qui ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The app registration of the account &quot;%1&quot; was removed; register it again and sign in again.</source>
        <translation>L&apos;inscription d&apos;application du compte &quot;%1&quot; a été supprimée&#xa0;; inscrivez-la à nouveau et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; signs each request with its keys or password; it has no token.</source>
        <translation>Le compte &quot;%1&quot; signe chaque requête avec ses clés ou son mot de passe&#xa0;; il n&apos;a pas de jeton.</translation>
    </message>
    <message>
        <source>%1 is not available in this version of AuthDeck.</source>
        <translation>%1 n&apos;est pas disponible dans cette version d&apos;AuthDeck.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no refresh token: sign in again.</source>
        <translation>Le compte &quot;%1&quot; n&apos;a pas de jeton d&apos;actualisation&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no refresh token: connect it again with the password.</source>
        <translation>Le compte &quot;%1&quot; n&apos;a pas de jeton d&apos;actualisation&#xa0;: reconnectez-le avec le mot de passe.</translation>
    </message>
    <message>
        <source>Unknown provider.</source>
        <translation>Fournisseur inconnu.</translation>
    </message>
    <message>
        <source>%1 Nothing was removed; to remove the account locally anyway, disconnect again with --local (the token then stays valid at the provider until it expires).</source>
        <translation>%1 Rien n&apos;a été supprimé&#xa0;; pour supprimer quand même le compte localement, déconnectez-le à nouveau avec --local (le jeton reste alors valide chez le fournisseur jusqu&apos;à son expiration).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot;</source>
        <translation>Le compte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdeck-cli disconnect &quot;%1&quot; and connect it again</source>
        <translation>authdeck-cli disconnect &quot;%1&quot;, puis reconnectez-le</translation>
    </message>
    <message>
        <source>The connection to the team database was lost while the account was locked; nothing was sent to the provider. Try again.</source>
        <translation>La connexion à la base de données d&apos;équipe a été perdue pendant que le compte était verrouillé&#xa0;; rien n&apos;a été envoyé au fournisseur. Réessayez.</translation>
    </message>
</context>
<context>
    <name>authdeck::UnifiedScopes</name>
    <message>
        <source>&quot;%1&quot; is not a scope AuthDeck can read: write an AuthDeck scope with its provider&apos;s scopes in brackets, for example files.read[%2:SCOPE].</source>
        <translation>&quot;%1&quot; n&apos;est pas une autorisation qu&apos;AuthDeck sait lire&#xa0;: écrivez une autorisation AuthDeck suivie des autorisations de son fournisseur entre crochets, par exemple files.read[%2:SCOPE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not an AuthDeck scope; the AuthDeck scopes are %3.</source>
        <translation>&quot;%1&quot; dans &quot;%2&quot; n&apos;est pas une autorisation AuthDeck&#xa0;; les autorisations AuthDeck sont %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no scope in its brackets; give %2&apos;s own scopes, for example %3[%4:SCOPE].</source>
        <translation>&quot;%1&quot; ne nomme aucune autorisation entre ses crochets&#xa0;; indiquez les autorisations propres à %2, par exemple %3[%4:SCOPE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; does not say its provider; write it as %3:%1.</source>
        <translation>&quot;%1&quot; dans &quot;%2&quot; n&apos;indique pas son fournisseur&#xa0;; écrivez-le sous la forme %3:%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is a scope of %3, but this app is for %4; give %5 scopes as %6:SCOPE.</source>
        <translation>&quot;%1&quot; dans &quot;%2&quot; est une autorisation de %3, mais cette application est destinée à %4&#xa0;; indiquez les autorisations %5 sous la forme %6:SCOPE.</translation>
    </message>
    <message>
        <source>%1 has no mapping for the AuthDeck scope %2; give its own scope names instead (see authdeck-cli providers --json).</source>
        <translation>%1 n&apos;a pas de correspondance pour l&apos;autorisation AuthDeck %2&#xa0;; indiquez plutôt ses propres noms d&apos;autorisation (voir authdeck-cli providers --json).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a scope of %2, but this app is for %3; give %4 scopes as %5:SCOPE or without a prefix.</source>
        <translation>&quot;%1&quot; est une autorisation de %2, mais cette application est destinée à %3&#xa0;; indiquez les autorisations %4 sous la forme %5:SCOPE ou sans préfixe.</translation>
    </message>
</context>
<context>
    <name>authdeck::UrlPolicy</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid URL.</source>
        <translation>Le champ %1 &quot;%2&quot; n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The %1 must not carry a user name or password.</source>
        <translation>Le champ %1 ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>The %1 uses plain http to %2; AuthDeck sends credentials over http only to a loopback address. Use https.</source>
        <translation>Le champ %1 utilise http non chiffré vers %2&#xa0;; AuthDeck n&apos;envoie des identifiants en http que vers une adresse de bouclage. Utilisez https.</translation>
    </message>
    <message>
        <source>The %1 must be an https URL, not &quot;%2&quot;.</source>
        <translation>Le champ %1 doit être une URL https, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server host &quot;%1&quot; is not valid: %2</source>
        <translation>L&apos;hôte de serveur &quot;%1&quot; n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>A server host is required.</source>
        <translation>Un hôte de serveur est requis.</translation>
    </message>
    <message>
        <source>give the host name only, without http:// or https://</source>
        <translation>indiquez uniquement le nom d&apos;hôte, sans http:// ni https://</translation>
    </message>
    <message>
        <source>give the host name only, without a path or user name</source>
        <translation>indiquez uniquement le nom d&apos;hôte, sans chemin ni nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation>crochets non appariés</translation>
    </message>
    <message>
        <source>unexpected text after the address</source>
        <translation>texte inattendu après l&apos;adresse</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>ce n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>use letters, digits, dots and dashes</source>
        <translation>utilisez des lettres, des chiffres, des points et des tirets</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre compris entre 1 et 65535</translation>
    </message>
</context>
<context>
    <name>authdeck::VaultProfileKey</name>
    <message>
        <source>The profile database %1 is not unlocked by a vault passphrase; use the keychain (--secret-store keychain).</source>
        <translation>La base de données du profil %1 n&apos;est pas déverrouillée par une phrase secrète de coffre&#xa0;; utilisez le trousseau (--secret-store keychain).</translation>
    </message>
    <message>
        <source>The vault settings of %1 are refused: %2</source>
        <translation>Les paramètres du coffre de %1 sont refusés&#xa0;: %2</translation>
    </message>
    <message>
        <source>encrypted vault</source>
        <translation>coffre chiffré</translation>
    </message>
    <message>
        <source>The vault passphrase is wrong: it does not open %1. Nothing was read or changed.</source>
        <translation>La phrase secrète du coffre est incorrecte&#xa0;: elle n&apos;ouvre pas %1. Rien n&apos;a été lu ni modifié.</translation>
    </message>
</context>
<context>
    <name>authdeck::VaultSecretStore</name>
    <message>
        <source>The vault file was altered or damaged; AuthDeck will not use it.</source>
        <translation>Le fichier du coffre a été modifié ou endommagé&#xa0;; AuthDeck ne l&apos;utilisera pas.</translation>
    </message>
    <message>
        <source>Cannot read the vault file %1.</source>
        <translation>Impossible de lire le fichier du coffre %1.</translation>
    </message>
    <message>
        <source>encrypted vault (%1)</source>
        <translation>coffre chiffré (%1)</translation>
    </message>
    <message>
        <source>The vault passphrase is wrong: it does not open %1.</source>
        <translation>La phrase secrète du coffre est incorrecte&#xa0;: elle n&apos;ouvre pas %1.</translation>
    </message>
    <message>
        <source>The vault %1 is locked by another AuthDeck.</source>
        <translation>Le coffre %1 est verrouillé par une autre instance d&apos;AuthDeck.</translation>
    </message>
    <message>
        <source>The vault file %1 is refused: %2; AuthDeck will not use it.</source>
        <translation>Le fichier du coffre %1 est refusé&#xa0;: %2&#xa0;; AuthDeck ne l&apos;utilisera pas.</translation>
    </message>
</context>
<context>
    <name>authdeck::box::BoxToolbox</name>
    <message>
        <source>The webhook&apos;s target &quot;%1&quot; is not folder:ID or file:ID (Box&apos;s numeric id, as in the item&apos;s web address).</source>
        <translation>La cible &quot;%1&quot; du webhook n&apos;est pas folder:ID ou file:ID (l&apos;ID numérique de Box, comme dans l&apos;adresse web de l&apos;élément).</translation>
    </message>
    <message>
        <source>Box allows no webhook on the root folder (0): choose a folder inside it.</source>
        <translation>Box n&apos;autorise aucun webhook sur le dossier racine (0)&#xa0;: choisissez un dossier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The webhook address &quot;%1&quot; is not a web address.</source>
        <translation>L&apos;adresse du webhook &quot;%1&quot; n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>The webhook address must use https (Box sends deliveries only there), not &quot;%1&quot;.</source>
        <translation>L&apos;adresse du webhook doit utiliser https (Box n&apos;envoie de livraisons qu&apos;à de telles adresses), et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Box delivers webhooks to port 443 only; &quot;%1&quot; names port %2.</source>
        <translation>Box ne livre les webhooks que sur le port 443&#xa0;; &quot;%1&quot; indique le port %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box webhook trigger (for example FILE.UPLOADED, FOLDER.CREATED).</source>
        <translation>&quot;%1&quot; n&apos;est pas un déclencheur de webhook Box (par exemple FILE.UPLOADED, FOLDER.CREATED).</translation>
    </message>
    <message>
        <source>The trigger %1 is about folders; a webhook on a file cannot use it.</source>
        <translation>Le déclencheur %1 concerne les dossiers&#xa0;; un webhook sur un fichier ne peut pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box account: webhooks and downscoped tokens are Box&apos;s.</source>
        <translation>&quot;%1&quot; n&apos;est pas un compte Box&#xa0;: les webhooks et les jetons restreints sont propres à Box.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no OAuth 2.0 token to work with.</source>
        <translation>&quot;%1&quot; n&apos;a pas de jeton OAuth 2.0 avec lequel travailler.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no API address.</source>
        <translation>Le compte &quot;%1&quot; n&apos;a pas d&apos;adresse d&apos;API.</translation>
    </message>
    <message>
        <source> (Box said: &quot;%1&quot;%2)</source>
        <translation> (Box a répondu&#xa0;: &quot;%1&quot;%2)</translation>
    </message>
    <message>
        <source>Box refused the account&apos;s token while %1%2: sign in again.</source>
        <translation>Box a refusé le jeton du compte lors de %1%2&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>Box refused %1%2: the app needs the scope &quot;Manage webhooks&quot; (manage_webhook) and the account access to the item.</source>
        <translation>Box a refusé %1%2&#xa0;: l&apos;application a besoin de l&apos;autorisation &quot;Manage webhooks&quot; (manage_webhook) et le compte d&apos;un accès à l&apos;élément.</translation>
    </message>
    <message>
        <source>Box knows no such item while %1%2.</source>
        <translation>Box ne connaît pas cet élément lors de %1%2.</translation>
    </message>
    <message>
        <source>Box refused %1: it already exists%2.</source>
        <translation>Box a refusé %1&#xa0;: il existe déjà%2.</translation>
    </message>
    <message>
        <source>Box is busy or failing (HTTP %1) while %2; try again later.</source>
        <translation>Box est surchargé ou en panne (HTTP %1) lors de %2&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Box refused %1 (HTTP %2)%3.</source>
        <translation>Box a refusé %1 (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>listing the webhooks</source>
        <translation>la récupération des webhooks</translation>
    </message>
    <message>
        <source>creating the webhook</source>
        <translation>la création du webhook</translation>
    </message>
    <message>
        <source>Box&apos;s answer to creating the webhook holds no webhook id.</source>
        <translation>La réponse de Box à la création du webhook ne contient aucun ID de webhook.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box webhook id (a number; &quot;authdeck-cli webhooks list&quot; shows them).</source>
        <translation>&quot;%1&quot; n&apos;est pas un ID de webhook Box (un nombre&#xa0;; &quot;authdeck-cli webhooks list&quot; les affiche).</translation>
    </message>
    <message>
        <source>deleting the webhook</source>
        <translation>la suppression du webhook</translation>
    </message>
    <message>
        <source>Name the scopes the limited token may use, for example --downscope item_preview.</source>
        <translation>Indiquez les autorisations que le jeton restreint peut utiliser, par exemple --downscope item_preview.</translation>
    </message>
    <message>
        <source>The scope %1 is wider than what &quot;%2&quot; was granted (%3): a downscoped token can only narrow the grant.</source>
        <translation>L&apos;autorisation %1 est plus large que ce qui a été accordé à &quot;%2&quot; (%3)&#xa0;: un jeton restreint ne peut que restreindre les autorisations accordées.</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is not a folder or file of this account&apos;s Box (%2/folders/ID or %2/files/ID, or folder:ID, file:ID).</source>
        <translation>La ressource &quot;%1&quot; n&apos;est ni un dossier ni un fichier de ce compte Box (%2/folders/ID ou %2/files/ID, ou folder:ID, file:ID).</translation>
    </message>
    <message>
        <source>The %1 does not look like a Box signature key (one line of at least 16 characters, as the Developer Console shows it).</source>
        <translation>La %1 ne ressemble pas à une clé de signature Box (une ligne d&apos;au moins 16 caractères, telle que la Developer Console l&apos;affiche).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Box app: webhook signature keys are Box&apos;s.</source>
        <translation>&quot;%1&quot; n&apos;est pas une application Box&#xa0;: les clés de signature de webhook sont propres à Box.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé principale</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>clé secondaire</translation>
    </message>
    <message>
        <source>Give a new primary or secondary key from the Developer Console (Webhooks, Manage signature keys).</source>
        <translation>Indiquez une nouvelle clé principale ou secondaire de la Developer Console (Webhooks, Manage signature keys).</translation>
    </message>
</context>
<context>
    <name>authdeck::box::WebhookSignature</name>
    <message>
        <source>The app has no webhook signature keys: copy them from the Box Developer Console (Webhooks, Manage signature keys) and store them with &quot;authdeck-cli apps set-webhook-keys&quot;.</source>
        <translation>L&apos;application n&apos;a pas de clés de signature de webhook&#xa0;: copiez-les depuis la Box Developer Console (Webhooks, Manage signature keys) et enregistrez-les avec &quot;authdeck-cli apps set-webhook-keys&quot;.</translation>
    </message>
    <message>
        <source>The delivery has the header %1 more than once: it is not trusted.</source>
        <translation>La livraison contient l&apos;en-tête %1 plusieurs fois&#xa0;: elle n&apos;est pas considérée comme fiable.</translation>
    </message>
    <message>
        <source>The delivery has no BOX-DELIVERY-TIMESTAMP header: it is not trusted.</source>
        <translation>La livraison n&apos;a pas d&apos;en-tête BOX-DELIVERY-TIMESTAMP&#xa0;: elle n&apos;est pas considérée comme fiable.</translation>
    </message>
    <message>
        <source>The delivery has no BOX-SIGNATURE-PRIMARY or BOX-SIGNATURE-SECONDARY header: it is not signed.</source>
        <translation>La livraison n&apos;a pas d&apos;en-tête BOX-SIGNATURE-PRIMARY ni BOX-SIGNATURE-SECONDARY&#xa0;: elle n&apos;est pas signée.</translation>
    </message>
    <message>
        <source>The delivery is signed with signature version %1; AuthDeck checks version 1.</source>
        <translation>La livraison est signée avec la version de signature %1&#xa0;; AuthDeck vérifie la version 1.</translation>
    </message>
    <message>
        <source>The delivery is signed with %1; Box signs with HmacSHA256.</source>
        <translation>La livraison est signée avec %1&#xa0;; Box signe avec HmacSHA256.</translation>
    </message>
    <message>
        <source>The delivery&apos;s BOX-DELIVERY-TIMESTAMP &quot;%1&quot; is not a date and time: it is not trusted.</source>
        <translation>Le BOX-DELIVERY-TIMESTAMP &quot;%1&quot; de la livraison n&apos;est pas une date et une heure&#xa0;: elle n&apos;est pas considérée comme fiable.</translation>
    </message>
    <message>
        <source>The delivery is %1 minutes old (Box&apos;s limit is 10): a replay, or a delivery held up too long. It is not trusted.</source>
        <translation>La livraison date de %1 minutes (la limite de Box est de 10)&#xa0;: il s&apos;agit d&apos;un rejeu ou d&apos;une livraison retenue trop longtemps. Elle n&apos;est pas considérée comme fiable.</translation>
    </message>
    <message>
        <source>The delivery&apos;s timestamp is %1 minutes ahead of this machine&apos;s clock: check the clock. It is not trusted.</source>
        <translation>L&apos;horodatage de la livraison a %1 minutes d&apos;avance sur l&apos;horloge de cette machine&#xa0;: vérifiez l&apos;horloge. Elle n&apos;est pas considérée comme fiable.</translation>
    </message>
    <message>
        <source>Neither signature of the delivery matches the app&apos;s keys: it was not sent by Box for this app, or it was changed on the way (or the keys stored in AuthDeck are out of date).</source>
        <translation>Aucune des signatures de la livraison ne correspond aux clés de l&apos;application&#xa0;: elle n&apos;a pas été envoyée par Box pour cette application, ou elle a été modifiée en chemin (ou les clés enregistrées dans AuthDeck ne sont plus à jour).</translation>
    </message>
    <message>
        <source>Line %1 of the headers file continues the line before it (folding), which deliveries never use.</source>
        <translation>La ligne %1 du fichier d&apos;en-têtes prolonge la ligne précédente (repli), ce que les livraisons n&apos;utilisent jamais.</translation>
    </message>
    <message>
        <source>Line %1 of the headers file is not &quot;Name: value&quot;.</source>
        <translation>La ligne %1 du fichier d&apos;en-têtes n&apos;est pas de la forme &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>The headers file holds no header lines.</source>
        <translation>Le fichier d&apos;en-têtes ne contient aucune ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>authdeck::bundle::BundleFormat</name>
    <message>
        <source>The bundle passphrase is empty.</source>
        <translation>La phrase secrète du paquet est vide.</translation>
    </message>
    <message>
        <source>Secrets need keys to be written.</source>
        <translation>L&apos;écriture des secrets nécessite des clés.</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>The bundle keys have the wrong size.</source>
        <translation>Les clés du paquet n&apos;ont pas la bonne taille.</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>le fichier dépasse 16 Mio</translation>
    </message>
    <message>
        <source>it is not complete JSON: %1 at byte %2</source>
        <translation>ce n&apos;est pas du JSON complet&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>The file is not an AuthDeck bundle.</source>
        <translation>Le fichier n&apos;est pas un paquet AuthDeck.</translation>
    </message>
    <message>
        <source>its version is not a whole number</source>
        <translation>sa version n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>The bundle has the unknown format version %1; this AuthDeck reads version %2. Nothing was imported.</source>
        <translation>Le paquet a la version de format inconnue %1&#xa0;; cette version d&apos;AuthDeck lit la version %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>it holds %1</source>
        <translation>il contient %1</translation>
    </message>
    <message>
        <source>it is not in the canonical form AuthDeck writes</source>
        <translation>il n&apos;est pas sous la forme canonique écrite par AuthDeck</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>sa somme de contrôle ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>it has members a version 1 bundle does not have</source>
        <translation>il contient des membres qu&apos;un paquet de version 1 ne possède pas</translation>
    </message>
    <message>
        <source>its creation time is not a valid time</source>
        <translation>sa date de création n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>its config part does not list apps and accounts</source>
        <translation>sa partie configuration ne liste pas les applications et les comptes</translation>
    </message>
    <message>
        <source>The keys were made for another bundle.</source>
        <translation>Les clés ont été créées pour un autre paquet.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this bundle. Nothing was imported.</source>
        <translation>La phrase secrète est incorrecte&#xa0;: elle n&apos;ouvre pas ce paquet. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the passphrase is right but the file changed after export</source>
        <translation>la phrase secrète est correcte mais le fichier a été modifié après l&apos;exportation</translation>
    </message>
    <message>
        <source>its secrets are not in the expected shape</source>
        <translation>ses secrets n&apos;ont pas la structure attendue</translation>
    </message>
    <message>
        <source>its scrypt cost 2^%1 (log2_n) is above the limit of 2^%2</source>
        <translation>son coût scrypt 2^%1 (log2_n) dépasse la limite de 2^%2</translation>
    </message>
    <message>
        <source>its scrypt cost 2^%1 (log2_n) is below the minimum of 2^%2</source>
        <translation>son coût scrypt 2^%1 (log2_n) est inférieur au minimum de 2^%2</translation>
    </message>
    <message>
        <source>its scrypt parameters r = %1, p = %2 are not r = 8, p = 1</source>
        <translation>ses paramètres scrypt r = %1, p = %2 ne sont pas r = 8, p = 1</translation>
    </message>
    <message>
        <source>its scrypt settings need more than %1 MiB of memory</source>
        <translation>ses paramètres scrypt nécessitent plus de %1 Mio de mémoire</translation>
    </message>
    <message>
        <source>its salt is missing or not 16 bytes</source>
        <translation>son sel est absent ou ne fait pas 16 octets</translation>
    </message>
    <message>
        <source>The bundle file was altered or damaged (%1); nothing was imported.</source>
        <translation>Le fichier de paquet a été modifié ou endommagé (%1)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle is refused: %1; nothing was imported.</source>
        <translation>Le paquet est refusé&#xa0;: %1&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the secrets are not in the expected shape</source>
        <translation>les secrets n&apos;ont pas la structure attendue</translation>
    </message>
    <message>
        <source>its secrets part is not an object</source>
        <translation>sa partie secrets n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>its secrets part does not have the expected members</source>
        <translation>sa partie secrets n&apos;a pas les membres attendus</translation>
    </message>
    <message>
        <source>it uses a cipher other than AES-256-GCM</source>
        <translation>il utilise un chiffrement autre qu&apos;AES-256-GCM</translation>
    </message>
    <message>
        <source>its key derivation settings do not have the expected members</source>
        <translation>ses paramètres de dérivation de clé n&apos;ont pas les membres attendus</translation>
    </message>
    <message>
        <source>it uses a key derivation other than scrypt</source>
        <translation>il utilise une dérivation de clé autre que scrypt</translation>
    </message>
    <message>
        <source>its scrypt parameter %1 is not a small whole number</source>
        <translation>son paramètre scrypt %1 n&apos;est pas un petit nombre entier</translation>
    </message>
    <message>
        <source>its salt is not base64</source>
        <translation>son sel n&apos;est pas en base64</translation>
    </message>
    <message>
        <source>its %1 is missing or has the wrong length</source>
        <translation>son champ %1 est absent ou n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <source>one of its %1 has no id, name or provider</source>
        <translation>un élément de ses %1 n&apos;a pas d&apos;id, de nom ni de fournisseur</translation>
    </message>
    <message>
        <source>two of its %1 have the same id</source>
        <translation>deux éléments de ses %1 ont le même id</translation>
    </message>
</context>
<context>
    <name>authdeck::bundle::CanonicalJson</name>
    <message>
        <source>JSON nested more than 32 levels deep</source>
        <translation>du JSON imbriqué sur plus de 32 niveaux</translation>
    </message>
    <message>
        <source>a number that is not a whole number from -(2^53 - 1) to 2^53 - 1</source>
        <translation>un nombre qui n&apos;est pas un entier compris entre -(2^53 - 1) et 2^53 - 1</translation>
    </message>
    <message>
        <source>an undefined JSON value</source>
        <translation>une valeur JSON non définie</translation>
    </message>
</context>
<context>
    <name>authdeck::cli::Cli</name>
    <message>
        <source>Missing value after %1.</source>
        <translation>Valeur manquante après %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>authdeck-cli: error: %1</source>
        <translation>authdeck-cli&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 from standard input.</source>
        <translation>Impossible de lire depuis l&apos;entrée standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist or is not a file.</source>
        <translation>Le fichier de %1 %2 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>Impossible de lire le fichier de %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 file is larger than 1 MiB.</source>
        <translation>Le fichier de %1 dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>The %1 file is empty.</source>
        <translation>Le fichier de %1 est vide.</translation>
    </message>
    <message>
        <source>The vault is unlocked by a passphrase: give it with --vault-passphrase-file F.</source>
        <translation>Le coffre est déverrouillé par une phrase secrète&#xa0;: indiquez-la avec --vault-passphrase-file F.</translation>
    </message>
    <message>
        <source>vault passphrase</source>
        <translation>phrase secrète du coffre</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;; use keychain or vault.</source>
        <translation>Magasin de secrets &quot;%1&quot; inconnu&#xa0;; utilisez keychain ou vault.</translation>
    </message>
    <message>
        <source>Usage: authdeck-cli [--profile DIR] [--json] [--sandbox] [--secret-store keychain|vault] VERB ...

AuthDeck connects cloud accounts through one uniform flow and keeps every secret in the system keychain.

Verbs:
</source>
        <translation>Utilisation&#xa0;: authdeck-cli [--profile DIR] [--json] [--sandbox] [--secret-store keychain|vault] VERB ...

AuthDeck connecte des comptes cloud selon un flux uniforme et conserve chaque secret dans le trousseau du système.

Verbes&#xa0;:
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
Options globales&#xa0;:
  --profile DIR        le dossier contenant les inscriptions d&apos;application et les comptes
  --json               sortie lisible par une machine sur stdout
  --sandbox            démarre le bac à sable intégré compatible Box
  --secret-store S     keychain (par défaut) ou vault
  --vault-passphrase-file F  la phrase secrète du coffre (avec --secret-store vault)
  --version            affiche la version

Les secrets sont lus depuis des fichiers (--*-file F, ou - pour l&apos;entrée standard), jamais depuis les arguments.
Codes de sortie&#xa0;: 0 succès, 2 erreur d&apos;utilisation, 3 refusé par le fournisseur, 4 réseau ou délai dépassé, 5 trousseau indisponible ou refusé, 6 fichier d&apos;entrée incorrect, 1 autre erreur.
Exécutez &quot;authdeck-cli VERB --help&quot; pour les options d&apos;un verbe.
</translation>
    </message>
    <message>
        <source>Usage: authdeck-cli [global options] %1 %2

%3
</source>
        <translation>Utilisation&#xa0;: authdeck-cli [options globales] %1 %2

%3
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Options&#xa0;:
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; nécessite l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;. Run &quot;authdeck-cli --help&quot; for the list.</source>
        <translation>Verbe &quot;%1&quot; inconnu. Exécutez &quot;authdeck-cli --help&quot; pour la liste.</translation>
    </message>
    <message>
        <source>%1 (see &quot;authdeck-cli %2 --help&quot;)</source>
        <translation>%1 (voir &quot;authdeck-cli %2 --help&quot;)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see &quot;authdeck-cli %2 --help&quot;).</source>
        <translation>Argument inattendu &quot;%1&quot; (voir &quot;authdeck-cli %2 --help&quot;).</translation>
    </message>
    <message>
        <source>Missing %1 (see &quot;authdeck-cli %2 --help&quot;).</source>
        <translation>%1 manquant (voir &quot;authdeck-cli %2 --help&quot;).</translation>
    </message>
    <message>
        <source>The sandbox is running at %1 (until this command ends).</source>
        <translation>Le bac à sable s&apos;exécute sur %1 (jusqu&apos;à la fin de cette commande).</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>No accounts yet. Connect one with &quot;authdeck-cli connect&quot;.</source>
        <translation>Aucun compte pour l&apos;instant. Connectez-en un avec &quot;authdeck-cli connect&quot;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHÉMA</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>IDENTITÉ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>EXPIRY</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <source>List the connected accounts: id, name, provider, scheme, identity, status, expiry.</source>
        <translation>Liste les comptes connectés&#xa0;: id, nom, fournisseur, schéma, identité, état, expiration.</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;%1&quot;.</source>
        <translation>Schéma &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--param attend NAME=VALUE, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The redirect port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Le port de redirection doit être un nombre compris entre 1 et 65535, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>Registered the app &quot;%1&quot; (%2).</source>
        <translation>Application &quot;%1&quot; inscrite (%2).</translation>
    </message>
    <message>
        <source>No app registrations yet. Add one with &quot;authdeck-cli apps add&quot;.</source>
        <translation>Aucune inscription d&apos;application pour l&apos;instant. Ajoutez-en une avec &quot;authdeck-cli apps add&quot;.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID CLIENT</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>Base de l&apos;API</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Public Key ID</source>
        <translation>ID de clé publique</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
    <message>
        <source>Removed the app &quot;%1&quot; and its secrets.</source>
        <translation>Application &quot;%1&quot; et ses secrets supprimés.</translation>
    </message>
    <message>
        <source>Register your app at a provider (&quot;custom OAuth keys&quot;); the client secret goes to the keychain.</source>
        <translation>Inscrivez votre application chez un fournisseur (&quot;custom OAuth keys&quot;)&#xa0;; le secret client est placé dans le trousseau.</translation>
    </message>
    <message>
        <source>the provider id (see &quot;providers&quot;)</source>
        <translation>l&apos;id du fournisseur (voir &quot;providers&quot;)</translation>
    </message>
    <message>
        <source>a name for this app registration</source>
        <translation>un nom pour cette inscription d&apos;application</translation>
    </message>
    <message>
        <source>the client ID the provider issued</source>
        <translation>l&apos;ID client émis par le fournisseur</translation>
    </message>
    <message>
        <source>a file holding the client secret (- for stdin)</source>
        <translation>un fichier contenant le secret client (- pour stdin)</translation>
    </message>
    <message>
        <source>oauth2, jwt, client_credentials or password</source>
        <translation>oauth2, jwt, client_credentials ou password</translation>
    </message>
    <message>
        <source>your server&apos;s host name (per-server providers)</source>
        <translation>le nom d&apos;hôte de votre serveur (fournisseurs par serveur)</translation>
    </message>
    <message>
        <source>the directory tenant (OneDrive)</source>
        <translation>le locataire de l&apos;annuaire (OneDrive)</translation>
    </message>
    <message>
        <source>another provider setting (repeatable)</source>
        <translation>un autre paramètre du fournisseur (répétable)</translation>
    </message>
    <message>
        <source>a fixed loopback redirect port (1-65535)</source>
        <translation>un port de redirection de bouclage fixe (1-65535)</translation>
    </message>
    <message>
        <source>override the authorization endpoint</source>
        <translation>remplace le point de terminaison d&apos;autorisation</translation>
    </message>
    <message>
        <source>override the token endpoint</source>
        <translation>remplace le point de terminaison de jeton</translation>
    </message>
    <message>
        <source>override the revocation endpoint</source>
        <translation>remplace le point de terminaison de révocation</translation>
    </message>
    <message>
        <source>override the API base URL</source>
        <translation>remplace l&apos;URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>the Public Key ID (JWT)</source>
        <translation>l&apos;ID de clé publique (JWT)</translation>
    </message>
    <message>
        <source>the enterprise ID (Box JWT)</source>
        <translation>l&apos;ID d&apos;entreprise (Box JWT)</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est requis.</translation>
    </message>
    <message>
        <source>List the app registrations.</source>
        <translation>Liste les inscriptions d&apos;application.</translation>
    </message>
    <message>
        <source>Show an app registration: endpoints, the redirect URI to register, scopes.</source>
        <translation>Affiche une inscription d&apos;application&#xa0;: points de terminaison, URI de redirection à enregistrer, autorisations.</translation>
    </message>
    <message>
        <source>the app name</source>
        <translation>le nom de l&apos;application</translation>
    </message>
    <message>
        <source>Remove an app registration and its secrets.</source>
        <translation>Supprime une inscription d&apos;application et ses secrets.</translation>
    </message>
    <message>
        <source>remove even though accounts use it</source>
        <translation>supprimer même si des comptes l&apos;utilisent</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name est requis.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; does not take Box config files.</source>
        <translation>Le fournisseur &quot;%1&quot; n&apos;accepte pas les fichiers de configuration Box.</translation>
    </message>
    <message>
        <source>Box config</source>
        <translation>configuration Box</translation>
    </message>
    <message>
        <source>Registered the app &quot;%1&quot; (%2, JWT, Public Key ID %3); the client secret and the private key are in the keychain.</source>
        <translation>Application &quot;%1&quot; inscrite (%2, JWT, ID de clé publique %3)&#xa0;; le secret client et la clé privée sont dans le trousseau.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out est requis.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not a Box JWT app; only those export to Box&apos;s config.json shape.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;est pas une application Box JWT&#xa0;; seules celles-ci peuvent être exportées au format config.json de Box.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or give --force.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier ou indiquez --force.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has no private key in the keychain.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;a pas de clé privée dans le trousseau.</translation>
    </message>
    <message>
        <source>Wrote the app &quot;%1&quot; to %2 (mode 0600): it holds the client secret and the key with its passphrase, so keep it as safe as the app itself.</source>
        <translation>Application &quot;%1&quot; écrite dans %2 (mode 0600)&#xa0;: le fichier contient le secret client et la clé avec sa phrase secrète, protégez-le donc comme l&apos;application elle-même.</translation>
    </message>
    <message>
        <source>Register a Box JWT app from the config.json the Developer Console generates; the client secret and the decrypted key go to the keychain.</source>
        <translation>Inscrit une application Box JWT à partir du config.json généré par la Developer Console&#xa0;; le secret client et la clé déchiffrée sont placés dans le trousseau.</translation>
    </message>
    <message>
        <source>the config.json file (- for stdin)</source>
        <translation>le fichier config.json (- pour stdin)</translation>
    </message>
    <message>
        <source>a Box-compatible provider id (default box)</source>
        <translation>un id de fournisseur compatible Box (par défaut box)</translation>
    </message>
    <message>
        <source>RS256 (default), RS384 or RS512</source>
        <translation>RS256 (par défaut), RS384 ou RS512</translation>
    </message>
    <message>
        <source>Write a Box JWT app back as a config.json (mode 0600), the key encrypted under a fresh passphrase placed in the file.</source>
        <translation>Réécrit une application Box JWT sous forme de config.json (mode 0600), la clé étant chiffrée avec une nouvelle phrase secrète placée dans le fichier.</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>remplacer un fichier existant</translation>
    </message>
    <message>
        <source>Give the bundle file to write with --out FILE.</source>
        <translation>Indiquez le fichier de paquet à écrire avec --out FILE.</translation>
    </message>
    <message>
        <source>--include-secrets encrypts the secrets under a passphrase: give it with --passphrase-file F.</source>
        <translation>--include-secrets chiffre les secrets avec une phrase secrète&#xa0;: indiquez-la avec --passphrase-file F.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>The bundle passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète du paquet doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no secrets in the keychain; it will need credentials after import.</source>
        <translation>&quot;%1&quot; n&apos;a pas de secrets dans le trousseau&#xa0;; des identifiants seront nécessaires après l&apos;importation.</translation>
    </message>
    <message>
        <source>Exported %1 apps and %2 accounts with their secrets (encrypted) to %3.</source>
        <translation>%1 applications et %2 comptes exportés avec leurs secrets (chiffrés) vers %3.</translation>
    </message>
    <message>
        <source>Exported %1 apps and %2 accounts without secrets to %3.</source>
        <translation>%1 applications et %2 comptes exportés sans secrets vers %3.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip, replace or rename, not &quot;%1&quot;.</source>
        <translation>--on-conflict attend skip, replace ou rename, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The bundle holds encrypted secrets: give its passphrase with --passphrase-file F.</source>
        <translation>Le paquet contient des secrets chiffrés&#xa0;: indiquez sa phrase secrète avec --passphrase-file F.</translation>
    </message>
    <message>
        <source>%1 needs credentials: the bundle did not carry its secrets.</source>
        <translation>%1 nécessite des identifiants&#xa0;: le paquet ne contenait pas ses secrets.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Write apps and accounts to a bundle file (mode 0600); secrets only with --include-secrets, encrypted under the passphrase.</source>
        <translation>Écrit des applications et des comptes dans un fichier de paquet (mode 0600)&#xa0;; les secrets uniquement avec --include-secrets, chiffrés avec la phrase secrète.</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>le fichier de paquet à écrire</translation>
    </message>
    <message>
        <source>the passphrase that encrypts the secrets (- for stdin)</source>
        <translation>la phrase secrète qui chiffre les secrets (- pour stdin)</translation>
    </message>
    <message>
        <source>include client secrets, keys and tokens, encrypted</source>
        <translation>inclure les secrets client, les clés et les jetons, chiffrés</translation>
    </message>
    <message>
        <source>an app to export (repeatable; default: all)</source>
        <translation>une application à exporter (répétable&#xa0;; par défaut&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>an account to export, with its app (repeatable; default: all)</source>
        <translation>un compte à exporter, avec son application (répétable&#xa0;; par défaut&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Import a bundle, all or nothing; items whose secrets it lacks are marked as needing credentials.</source>
        <translation>Importe un paquet, en totalité ou pas du tout&#xa0;; les éléments dont les secrets manquent sont marqués comme nécessitant des identifiants.</translation>
    </message>
    <message>
        <source>the bundle file</source>
        <translation>le fichier de paquet</translation>
    </message>
    <message>
        <source>the bundle&apos;s passphrase (- for stdin); needed when it holds secrets</source>
        <translation>la phrase secrète du paquet (- pour stdin)&#xa0;; nécessaire s&apos;il contient des secrets</translation>
    </message>
    <message>
        <source>what to do with items the profile already has: skip (default), replace, or rename (import a suffixed copy)</source>
        <translation>que faire des éléments déjà présents dans le profil&#xa0;: skip (par défaut, ignorer), replace (remplacer) ou rename (importer une copie suffixée)</translation>
    </message>
    <message>
        <source> (your server)</source>
        <translation> (votre serveur)</translation>
    </message>
    <message>
        <source>SCHEMES</source>
        <translation>SCHÉMAS</translation>
    </message>
    <message>
        <source>List the provider catalog: id, name and authentication schemes.</source>
        <translation>Liste le catalogue des fournisseurs&#xa0;: id, nom et schémas d&apos;authentification.</translation>
    </message>
    <message>
        <source>connect needs either --app NAME (OAuth 2.0, JWT, client credentials) or --provider ID (password, access keys).</source>
        <translation>connect nécessite soit --app NAME (OAuth 2.0, JWT, identifiants client), soit --provider ID (mot de passe, clés d&apos;accès).</translation>
    </message>
    <message>
        <source>connect --provider needs either --username and --password-file, or --access-key-id and --secret-key-file.</source>
        <translation>connect --provider nécessite soit --username et --password-file, soit --access-key-id et --secret-key-file.</translation>
    </message>
    <message>
        <source>--name is required with --provider.</source>
        <translation>--name est requis avec --provider.</translation>
    </message>
    <message>
        <source>--app is not used with access keys.</source>
        <translation>--app n&apos;est pas utilisé avec les clés d&apos;accès.</translation>
    </message>
    <message>
        <source>Connected &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; connecté.</translation>
    </message>
    <message>
        <source>Connected &quot;%1&quot; as %2.</source>
        <translation>&quot;%1&quot; connecté en tant que %2.</translation>
    </message>
    <message>
        <source>Connect an account and print its id: OAuth 2.0 sign-in in the browser, server authentication (JWT or client credentials), a password exchanged for tokens, or access keys.</source>
        <translation>Connecte un compte et affiche son id&#xa0;: connexion OAuth 2.0 dans le navigateur, authentification serveur (JWT ou identifiants client), mot de passe échangé contre des jetons, ou clés d&apos;accès.</translation>
    </message>
    <message>
        <source>the app registration to connect with</source>
        <translation>l&apos;inscription d&apos;application à utiliser pour la connexion</translation>
    </message>
    <message>
        <source>a name for the new account</source>
        <translation>un nom pour le nouveau compte</translation>
    </message>
    <message>
        <source>do not open a browser; print the sign-in URL alone on the first line of stdout</source>
        <translation>ne pas ouvrir de navigateur&#xa0;; afficher uniquement l&apos;URL de connexion sur la première ligne de stdout</translation>
    </message>
    <message>
        <source>how long to wait for the sign-in (default 300)</source>
        <translation>durée d&apos;attente de la connexion (300 par défaut)</translation>
    </message>
    <message>
        <source>act as this managed user (Box As-User)</source>
        <translation>agir en tant que cet utilisateur géré (Box As-User)</translation>
    </message>
    <message>
        <source>send Box-Notifications: off with the account&apos;s verification and API calls</source>
        <translation>envoyer Box-Notifications: off avec les appels de vérification et d&apos;API du compte</translation>
    </message>
    <message>
        <source>the provider id (password and key schemes)</source>
        <translation>l&apos;id du fournisseur (schémas par mot de passe et par clés)</translation>
    </message>
    <message>
        <source>the user name to sign in with</source>
        <translation>le nom d&apos;utilisateur pour la connexion</translation>
    </message>
    <message>
        <source>a file holding the password (- for stdin)</source>
        <translation>un fichier contenant le mot de passe (- pour stdin)</translation>
    </message>
    <message>
        <source>the access key ID</source>
        <translation>l&apos;ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>a file holding the secret access key (- for stdin)</source>
        <translation>un fichier contenant la clé d&apos;accès secrète (- pour stdin)</translation>
    </message>
    <message>
        <source>the region requests are signed for</source>
        <translation>la région pour laquelle les requêtes sont signées</translation>
    </message>
    <message>
        <source>an S3-compatible endpoint URL</source>
        <translation>une URL de point de terminaison compatible S3</translation>
    </message>
    <message>
        <source>--%1 is not used with access keys.</source>
        <translation>--%1 n&apos;est pas utilisé avec les clés d&apos;accès.</translation>
    </message>
    <message>
        <source>Give both --access-key-id and --secret-key-file (the secret key is read from the file, or from stdin with -).</source>
        <translation>Indiquez à la fois --access-key-id et --secret-key-file (la clé secrète est lue depuis le fichier, ou depuis stdin avec -).</translation>
    </message>
    <message>
        <source>secret access key</source>
        <translation>clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout attend un nombre de secondes compris entre 1 et 3600.</translation>
    </message>
    <message>
        <source>Open the address above in a browser and sign in; waiting for the answer…</source>
        <translation>Ouvrez l&apos;adresse ci-dessus dans un navigateur et connectez-vous&#xa0;; en attente de la réponse…</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. If none did, open this address:
%1</source>
        <translation>Connectez-vous dans la fenêtre de navigateur qui s&apos;est ouverte. Si aucune ne s&apos;est ouverte, ouvrez cette adresse&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No browser could be started. Open this address to sign in:
%1</source>
        <translation>Aucun navigateur n&apos;a pu être démarré. Ouvrez cette adresse pour vous connecter&#xa0;:
%1</translation>
    </message>
    <message>
        <source>--%1 is not used with %2.</source>
        <translation>--%1 n&apos;est pas utilisé avec %2.</translation>
    </message>
    <message>
        <source>--username</source>
        <translation>--username</translation>
    </message>
    <message>
        <source>Give both --username and --password-file (the password is read from the file, or from stdin with -).</source>
        <translation>Indiquez à la fois --username et --password-file (le mot de passe est lu depuis le fichier, ou depuis stdin avec -).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>%1 offers no token exchange: the password is kept in the keychain.</source>
        <translation>%1 ne propose pas d&apos;échange de jetons&#xa0;: le mot de passe est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>--as-user needs a user ID.</source>
        <translation>--as-user nécessite un ID utilisateur.</translation>
    </message>
    <message>
        <source>--%1 is for OAuth 2.0 sign-in, not with --subject.</source>
        <translation>--%1 est destiné à la connexion OAuth 2.0, et non à --subject.</translation>
    </message>
    <message>
        <source>Cannot create a temporary profile folder.</source>
        <translation>Impossible de créer un dossier de profil temporaire.</translation>
    </message>
    <message>
        <source>Secrets go to the %1 under a throwaway profile.</source>
        <translation>Les secrets sont placés dans le %1 sous un profil jetable.</translation>
    </message>
    <message>
        <source>The demo keeps its secrets in memory instead.</source>
        <translation>La démo conserve plutôt ses secrets en mémoire.</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Bac à sable en cours d&apos;exécution sur %1</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in with PKCE</source>
        <translation>Connexion OAuth 2.0 avec PKCE</translation>
    </message>
    <message>
        <source>Refresh (single-use refresh token)</source>
        <translation>Actualisation (jeton d&apos;actualisation à usage unique)</translation>
    </message>
    <message>
        <source>JWT with a fresh key pair</source>
        <translation>JWT avec une nouvelle paire de clés</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>Password exchanged for tokens</source>
        <translation>Mot de passe échangé contre des jetons</translation>
    </message>
    <message>
        <source>Revoke and disconnect</source>
        <translation>Révoquer et déconnecter</translation>
    </message>
    <message>
        <source>held</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>not yet available</source>
        <translation>pas encore disponible</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>%1 steps: %2 held, %3 failed, %4 not yet available.</source>
        <translation>%1 étapes&#xa0;: %2 réussies, %3 échouées, %4 pas encore disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo step(s) failed.</source>
        <translation>
            <numerusform>%n étape de démonstration a échoué.</numerusform>
            <numerusform>%n étapes de démonstration ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source>needs the OAuth 2.0 account</source>
        <translation>nécessite le compte OAuth 2.0</translation>
    </message>
    <message>
        <source>no refresh reached the sandbox</source>
        <translation>aucune actualisation n&apos;a atteint le bac à sable</translation>
    </message>
    <message>
        <source>new tokens twice, the rotated refresh token kept</source>
        <translation>nouveaux jetons à deux reprises, jeton d&apos;actualisation renouvelé conservé</translation>
    </message>
    <message>
        <source>Public Key ID %1, enterprise token</source>
        <translation>ID de clé publique %1, jeton d&apos;entreprise</translation>
    </message>
    <message>
        <source>enterprise token</source>
        <translation>jeton d&apos;entreprise</translation>
    </message>
    <message>
        <source>%1, connected as %2</source>
        <translation>%1, connecté en tant que %2</translation>
    </message>
    <message>
        <source>the password was kept instead of exchanged</source>
        <translation>le mot de passe a été conservé au lieu d&apos;être échangé</translation>
    </message>
    <message>
        <source>connected as %1, password forgotten, tokens refreshed</source>
        <translation>connecté en tant que %1, mot de passe oublié, jetons actualisés</translation>
    </message>
    <message>
        <source>the sandbox saw no revocation</source>
        <translation>le bac à sable n&apos;a vu aucune révocation</translation>
    </message>
    <message>
        <source>revoked at the sandbox, account and secrets deleted</source>
        <translation>révoqué sur le bac à sable, compte et secrets supprimés</translation>
    </message>
    <message>
        <source>AuthDeck demo: every connect flow against the built-in sandbox.</source>
        <translation>Démo AuthDeck&#xa0;: chaque flux de connexion face au bac à sable intégré.</translation>
    </message>
    <message>
        <source>Run every connect flow against the built-in sandbox, in a throwaway profile, and print one line per step.</source>
        <translation>Exécute chaque flux de connexion face au bac à sable intégré, dans un profil jetable, et affiche une ligne par étape.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; does not take Google service account keys.</source>
        <translation>Le fournisseur &quot;%1&quot; n&apos;accepte pas les clés de compte de service Google.</translation>
    </message>
    <message>
        <source>service account key</source>
        <translation>clé de compte de service</translation>
    </message>
    <message>
        <source>A service account token needs at least one --scope.</source>
        <translation>Un jeton de compte de service nécessite au moins une --scope.</translation>
    </message>
    <message>
        <source>The service account key file&apos;s &quot;private_key&quot; cannot be used: %1.</source>
        <translation>La &quot;private_key&quot; du fichier de clé du compte de service est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Registered the service account %1 as the app &quot;%2&quot; (%3, JWT, key %4); the private key is in the keychain.</source>
        <translation>Compte de service %1 inscrit comme application &quot;%2&quot; (%3, JWT, clé %4)&#xa0;; la clé privée est dans le trousseau.</translation>
    </message>
    <message>
        <source>Register a Google service account from its JSON key file (JWT); the private key goes to the keychain. Connect with connect --app NAME, or --subject user:EMAIL for domain-wide delegation.</source>
        <translation>Inscrit un compte de service Google à partir de son fichier de clé JSON (JWT)&#xa0;; la clé privée est placée dans le trousseau. Connectez-vous avec connect --app NAME, ou --subject user:EMAIL pour la délégation à l&apos;échelle du domaine.</translation>
    </message>
    <message>
        <source>the service account&apos;s JSON key file (- for stdin)</source>
        <translation>le fichier de clé JSON du compte de service (- pour stdin)</translation>
    </message>
    <message>
        <source>a scope the token is for (repeatable; default: the provider&apos;s default)</source>
        <translation>une autorisation pour laquelle le jeton est demandé (répétable&#xa0;; par défaut&#xa0;: celle du fournisseur)</translation>
    </message>
    <message>
        <source>a provider taking service account keys (default google-drive)</source>
        <translation>un fournisseur acceptant les clés de compte de service (par défaut google-drive)</translation>
    </message>
    <message>
        <source>override the key file&apos;s token_uri</source>
        <translation>remplace le token_uri du fichier de clé</translation>
    </message>
    <message>
        <source>the signing algorithm (default RS256)</source>
        <translation>l&apos;algorithme de signature (par défaut RS256)</translation>
    </message>
    <message>
        <source>--bits takes 2048, 3072 or 4096, not &quot;%1&quot;.</source>
        <translation>--bits attend 2048, 3072 ou 4096, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already exists; AuthDeck never replaces a key file. Choose another name or remove it first.</source>
        <translation>%1 existe déjà&#xa0;; AuthDeck ne remplace jamais un fichier de clé. Choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>--out and --public-out name the same file.</source>
        <translation>--out et --public-out désignent le même fichier.</translation>
    </message>
    <message>
        <source>the passphrase is shorter than 12 characters; a longer one protects the key file better.</source>
        <translation>la phrase secrète fait moins de 12 caractères&#xa0;; une phrase plus longue protège mieux le fichier de clé.</translation>
    </message>
    <message>
        <source>Generating a %1-bit RSA key…</source>
        <translation>Génération d&apos;une clé RSA de %1 bits…</translation>
    </message>
    <message>
        <source>Wrote the encrypted private key to %1 (mode 0600).</source>
        <translation>Clé privée chiffrée écrite dans %1 (mode 0600).</translation>
    </message>
    <message>
        <source>Wrote the public key to %1; add it to the app at the provider and note its Public Key ID.</source>
        <translation>Clé publique écrite dans %1&#xa0;; ajoutez-la à l&apos;application chez le fournisseur et notez son ID de clé publique.</translation>
    </message>
    <message>
        <source>Give --public-out FILE to also write the public key, which the provider&apos;s console needs.</source>
        <translation>Indiquez --public-out FILE pour écrire aussi la clé publique, nécessaire dans la console du fournisseur.</translation>
    </message>
    <message>
        <source>Generate an RSA key pair for server authentication (JWT): the private key encrypted (PBKDF2, 600,000 rounds, AES-256), mode 0600; prints its SHA-256 fingerprint.</source>
        <translation>Génère une paire de clés RSA pour l&apos;authentification serveur (JWT)&#xa0;: la clé privée chiffrée (PBKDF2, 600 000 itérations, AES-256), mode 0600&#xa0;; affiche son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>key size: 2048, 3072 (default) or 4096</source>
        <translation>taille de clé&#xa0;: 2048, 3072 (par défaut) ou 4096</translation>
    </message>
    <message>
        <source>a file holding the passphrase that encrypts the key (- for stdin)</source>
        <translation>un fichier contenant la phrase secrète qui chiffre la clé (- pour stdin)</translation>
    </message>
    <message>
        <source>the private key file to write (must not exist)</source>
        <translation>le fichier de clé privée à écrire (ne doit pas exister)</translation>
    </message>
    <message>
        <source>also write the public key here</source>
        <translation>écrire aussi la clé publique ici</translation>
    </message>
    <message>
        <source>Renewed; the new token is valid until %1.</source>
        <translation>Renouvelé&#xa0;; le nouveau jeton est valide jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Renewed.</source>
        <translation>Renouvelé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the provider answered as %2.</source>
        <translation>&quot;%1&quot; fonctionne&#xa0;: le fournisseur a répondu en tant que %2.</translation>
    </message>
    <message>
        <source>Disconnected &quot;%1&quot;: access revoked at the provider and its secrets deleted.</source>
        <translation>&quot;%1&quot; déconnecté&#xa0;: accès révoqué chez le fournisseur et secrets supprimés.</translation>
    </message>
    <message>
        <source>Disconnected &quot;%1&quot;: its secrets are deleted. The provider offers no way to revoke access from here; revoke it in the provider&apos;s console if needed.</source>
        <translation>&quot;%1&quot; déconnecté&#xa0;: ses secrets sont supprimés. Le fournisseur ne permet pas de révoquer l&apos;accès d&apos;ici&#xa0;; révoquez-le dans la console du fournisseur si nécessaire.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from this machine, but the provider could not confirm the revocation (%2): revoke it in the provider&apos;s console.</source>
        <translation>&quot;%1&quot; supprimé de cet ordinateur, mais le fournisseur n&apos;a pas pu confirmer la révocation (%2)&#xa0;: révoquez l&apos;accès dans la console du fournisseur.</translation>
    </message>
    <message>
        <source>Make a real verification call and print the identity.</source>
        <translation>Effectue un véritable appel de vérification et affiche l&apos;identité.</translation>
    </message>
    <message>
        <source>Print a valid access token, refreshed or minted again first if needed.</source>
        <translation>Affiche un jeton d&apos;accès valide, actualisé ou émis à nouveau au préalable si nécessaire.</translation>
    </message>
    <message>
        <source>Renew the access token now (refresh, or mint a new one).</source>
        <translation>Renouvelle le jeton d&apos;accès maintenant (actualisation ou émission d&apos;un nouveau jeton).</translation>
    </message>
    <message>
        <source>Revoke the account&apos;s access at the provider where it can, then delete its secrets and settings.</source>
        <translation>Révoque l&apos;accès du compte chez le fournisseur lorsque c&apos;est possible, puis supprime ses secrets et ses paramètres.</translation>
    </message>
    <message>
        <source>remove the account here even when the provider cannot be reached to revoke access</source>
        <translation>supprimer le compte ici même si le fournisseur est injoignable pour révoquer l&apos;accès</translation>
    </message>
    <message>
        <source>authdeck-cli: error: %1 What to do: %2</source>
        <translation>authdeck-cli&#xa0;: erreur&#xa0;: %1 Que faire&#xa0;: %2</translation>
    </message>
    <message>
        <source>held: endpoints changed</source>
        <translation>en attente&#xa0;: points de terminaison modifiés</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Pinned origins</source>
        <translation>Origines épinglées</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>held: its endpoints changed (%1); nothing is sent until you run &quot;authdeck-cli apps approve %2&quot;</source>
        <translation>en attente&#xa0;: ses points de terminaison ont changé (%1)&#xa0;; rien n&apos;est envoyé tant que vous n&apos;avez pas exécuté &quot;authdeck-cli apps approve %2&quot;</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; was not held: its endpoints are the pinned ones.</source>
        <translation>L&apos;application &quot;%1&quot; n&apos;était pas en attente&#xa0;: ses points de terminaison sont bien ceux qui ont été épinglés.</translation>
    </message>
    <message>
        <source>Approved: the app &quot;%1&quot; and its accounts now use these endpoints.</source>
        <translation>Approuvé&#xa0;: l&apos;application &quot;%1&quot; et ses comptes utilisent désormais ces points de terminaison.</translation>
    </message>
    <message>
        <source>Pin an app&apos;s endpoints again after they changed (a provider file, an edit or an import), once you have checked them.</source>
        <translation>Épingle à nouveau les points de terminaison d&apos;une application après leur modification (fichier de fournisseur, modification ou importation), une fois que vous les avez vérifiés.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the Box config file&apos;s private key (boxAppSettings.appAuth.privateKey) cannot be used: %2.</source>
        <translation>%1&#xa0;: la clé privée du fichier de configuration Box (boxAppSettings.appAuth.privateKey) est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the app &quot;%1&quot; is held: the bundle changed its endpoints (%2)%3. Nothing is sent until you check them and run &quot;authdeck-cli apps approve %1&quot;.</source>
        <translation>l&apos;application &quot;%1&quot; est en attente&#xa0;: le paquet a modifié ses points de terminaison (%2)%3. Rien n&apos;est envoyé tant que vous ne les avez pas vérifiés et n&apos;avez pas exécuté &quot;authdeck-cli apps approve %1&quot;.</translation>
    </message>
    <message>
        <source>; its old secrets were deleted</source>
        <translation>, et ses anciens secrets ont été supprimés</translation>
    </message>
    <message>
        <source>the copy &quot;%1&quot; needs a sign-in of its own: copies never share a refresh token.</source>
        <translation>la copie &quot;%1&quot; nécessite sa propre connexion&#xa0;: les copies ne partagent jamais de jeton d&apos;actualisation.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; uses %2: give the subject with --subject enterprise, --subject enterprise:ID or --subject user:ID.</source>
        <translation>L&apos;application &quot;%1&quot; utilise %2&#xa0;: indiquez le sujet avec --subject enterprise, --subject enterprise:ID ou --subject user:ID.</translation>
    </message>
    <message>
        <source>enterprise (the app&apos;s own), enterprise:ID (another enterprise that authorized the app) or user:ID (server authentication)</source>
        <translation>enterprise (l&apos;entreprise de l&apos;application), enterprise:ID (une autre entreprise qui a autorisé l&apos;application) ou user:ID (authentification serveur)</translation>
    </message>
    <message>
        <source>first confirm with this OAuth 2.0 account that its user is an admin or co-admin of the enterprise (org-wide access)</source>
        <translation>confirmer d&apos;abord avec ce compte OAuth 2.0 que son utilisateur est administrateur ou coadministrateur de l&apos;entreprise (accès à l&apos;échelle de l&apos;organisation)</translation>
    </message>
    <message>
        <source>replace this account of the same app and identity (its grant is revoked first)</source>
        <translation>remplacer ce compte de la même application et de la même identité (son octroi est d&apos;abord révoqué)</translation>
    </message>
    <message>
        <source>Sign an OAuth 2.0 account in again, keeping its settings; refused (exit 3) when the browser signs in someone else.</source>
        <translation>Reconnecte un compte OAuth 2.0 en conservant ses paramètres&#xa0;; refusé (code de sortie 3) si quelqu&apos;un d&apos;autre se connecte dans le navigateur.</translation>
    </message>
    <message>
        <source>accept a different user or enterprise than the account&apos;s own</source>
        <translation>accepter un autre utilisateur ou une autre entreprise que ceux du compte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not sign in with OAuth 2.0 in a browser; connect it again instead (authdeck-cli connect).</source>
        <translation>&quot;%1&quot; ne se connecte pas avec OAuth 2.0 dans un navigateur&#xa0;; reconnectez-le plutôt (authdeck-cli connect).</translation>
    </message>
    <message>
        <source>The demo profile&apos;s key could not be deleted from the keychain: %1</source>
        <translation>La clé du profil de démonstration n&apos;a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation>Autorisation d&apos;appareil</translation>
    </message>
    <message>
        <source>Userinfo URL</source>
        <translation>URL userinfo</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Redirects carry iss</source>
        <translation>Les redirections portent iss</translation>
    </message>
    <message>
        <source>yes, checked (RFC 9207)</source>
        <translation>oui, vérifié (RFC 9207)</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification client</translation>
    </message>
    <message>
        <source>Certificate x5t#S256</source>
        <translation>Certificat x5t#S256</translation>
    </message>
    <message>
        <source>RS256, RS384 or RS512 (JWT); RS256 or PS256 (private_key_jwt)</source>
        <translation>RS256, RS384 ou RS512 (JWT)&#xa0;; RS256 ou PS256 (private_key_jwt)</translation>
    </message>
    <message>
        <source>read the endpoints from this issuer&apos;s discovery metadata (RFC 8414, OpenID Connect)</source>
        <translation>lire les points de terminaison dans les métadonnées de découverte de cet émetteur (RFC 8414, OpenID Connect)</translation>
    </message>
    <message>
        <source>client_secret_basic, client_secret_post, private_key_jwt or none (default: from the key or secret given and what the server supports)</source>
        <translation>client_secret_basic, client_secret_post, private_key_jwt ou none (par défaut&#xa0;: selon la clé ou le secret donné et ce que le serveur prend en charge)</translation>
    </message>
    <message>
        <source>the private key (PEM) that signs client assertions (private_key_jwt)</source>
        <translation>la clé privée (PEM) qui signe les assertions client (private_key_jwt)</translation>
    </message>
    <message>
        <source>the kid the server knows the key by</source>
        <translation>le kid sous lequel le serveur connaît la clé</translation>
    </message>
    <message>
        <source>a file holding the private key&apos;s passphrase, when it is encrypted</source>
        <translation>un fichier contenant la phrase secrète de la clé privée, si elle est chiffrée</translation>
    </message>
    <message>
        <source>the key&apos;s certificate (PEM; it may hold the key too): assertions carry its x5t#S256 (Microsoft Entra ID)</source>
        <translation>le certificat de la clé (PEM&#xa0;; il peut aussi contenir la clé)&#xa0;: les assertions portent son x5t#S256 (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>sign in with a code on any other device (RFC 8628 device flow): prints the verification URI, the user code and the URI that carries it</source>
        <translation>se connecter avec un code sur n&apos;importe quel autre appareil (flux d&apos;appareil RFC 8628)&#xa0;: affiche l&apos;URI de vérification, le code utilisateur et l&apos;URI qui le contient</translation>
    </message>
    <message>
        <source>sign in with a code on any other device (RFC 8628 device flow)</source>
        <translation>se connecter avec un code sur n&apos;importe quel autre appareil (flux d&apos;appareil RFC 8628)</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2%3. The code expires in %4 minutes; waiting…</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez %1 et saisissez le code %2%3. Le code expire dans %4 minutes&#xa0;; en attente…</translation>
    </message>
    <message>
        <source> (or open %1, which carries the code)</source>
        <translation> (ou ouvrez %1, qui contient le code)</translation>
    </message>
    <message>
        <source>Discovery by issuer (RFC 8414, OpenID Connect)</source>
        <translation>Découverte par l&apos;émetteur (RFC 8414, OpenID Connect)</translation>
    </message>
    <message>
        <source>Sign-in with private_key_jwt client authentication</source>
        <translation>Connexion avec l&apos;authentification client private_key_jwt</translation>
    </message>
    <message>
        <source>Device flow with slow_down (RFC 8628)</source>
        <translation>Flux d&apos;appareil avec slow_down (RFC 8628)</translation>
    </message>
    <message>
        <source>Microsoft 365: admin consent, then app-only with a certificate</source>
        <translation>Microsoft 365&#xa0;: consentement administrateur, puis accès application seule avec un certificat</translation>
    </message>
    <message>
        <source>no oauth2 provider</source>
        <translation>aucun fournisseur oauth2</translation>
    </message>
    <message>
        <source>endpoints from %1, iss checked, client_secret_basic, connected as %2</source>
        <translation>points de terminaison de %1, iss vérifié, client_secret_basic, connecté en tant que %2</translation>
    </message>
    <message>
        <source>the sandbox saw no client assertion</source>
        <translation>le bac à sable n&apos;a vu aucune assertion client</translation>
    </message>
    <message>
        <source>PS256 assertions for the code and the refresh</source>
        <translation>assertions PS256 pour le code et le renouvellement</translation>
    </message>
    <message>
        <source>code %1 entered, %2 slow_down honoured, connected as %3</source>
        <translation>code %1 saisi, %2 slow_down respecté(s), connecté en tant que %3</translation>
    </message>
    <message>
        <source>tenant %1 consented; x5t#S256 assertion, connected as %2</source>
        <translation>le locataire %1 a consenti&#xa0;; assertion x5t#S256, connecté en tant que %2</translation>
    </message>
    <message>
        <source>--certificate-days takes a number of days from 1 to 3650.</source>
        <translation>--certificate-days attend un nombre de jours de 1 à 3650.</translation>
    </message>
    <message>
        <source>Wrote a self-signed certificate to %1 (x5t#S256 %2); upload it to the app&apos;s certificates at the provider (Microsoft Entra ID: Certificates &amp; secrets).</source>
        <translation>Certificat auto-signé écrit dans %1 (x5t#S256 %2)&#xa0;; téléversez-le dans les certificats de l&apos;application chez le fournisseur (Microsoft Entra ID&#xa0;: Certificats et secrets).</translation>
    </message>
    <message>
        <source>also write a self-signed certificate for the key (private_key_jwt with x5t#S256, Microsoft Entra ID)</source>
        <translation>écrire aussi un certificat auto-signé pour la clé (private_key_jwt avec x5t#S256, Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>the certificate&apos;s common name (default &quot;AuthDeck app&quot;)</source>
        <translation>le nom commun (CN) du certificat (par défaut «&#xa0;AuthDeck app&#xa0;»)</translation>
    </message>
    <message>
        <source>how long the certificate is valid (default 730)</source>
        <translation>durée de validité du certificat (730 par défaut)</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3.</source>
        <translation>Impossible de lire %1 %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 is larger than 64 KB.</source>
        <translation>%1 %2 dépasse 64 Ko.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Reading the discovery metadata of %1…</source>
        <translation>Lecture des métadonnées de découverte de %1…</translation>
    </message>
    <message>
        <source>%1 reads its endpoints from the server: give its issuer with --issuer URL (or --authorize-url and --token-url).</source>
        <translation>%1 lit ses points de terminaison sur le serveur&#xa0;: donnez son émetteur avec --issuer URL (ou --authorize-url et --token-url).</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>le certificat</translation>
    </message>
    <message>
        <source>--certificate-file needs the certificate&apos;s private key: give --private-key-file, or a PEM file that holds both.</source>
        <translation>--certificate-file nécessite la clé privée du certificat&#xa0;: donnez --private-key-file, ou un fichier PEM qui contient les deux.</translation>
    </message>
    <message>
        <source>--client-auth private_key_jwt needs --private-key-file.</source>
        <translation>--client-auth private_key_jwt nécessite --private-key-file.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>la clé privée</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>La clé privée est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the address above as an administrator of the tenant and accept; waiting for the answer…</source>
        <translation>Ouvrez l&apos;adresse ci-dessus en tant qu&apos;administrateur du locataire et acceptez&#xa0;; en attente de la réponse…</translation>
    </message>
    <message>
        <source>Accept as an administrator of the tenant in the browser window that opened. If none did, open this address:
%1</source>
        <translation>Acceptez en tant qu&apos;administrateur du locataire dans la fenêtre du navigateur qui s&apos;est ouverte. Si aucune ne s&apos;est ouverte, ouvrez cette adresse&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No browser could be started. Open this address as an administrator of the tenant:
%1</source>
        <translation>Aucun navigateur n&apos;a pu être lancé. Ouvrez cette adresse en tant qu&apos;administrateur du locataire&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The tenant %1 granted admin consent to the app &quot;%2&quot;; connect it now: authdeck-cli connect --app &quot;%2&quot;</source>
        <translation>Le locataire %1 a donné le consentement administrateur à l&apos;application «&#xa0;%2&#xa0;»&#xa0;; connectez-la maintenant&#xa0;: authdeck-cli connect --app &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the app tenant-wide consent (Microsoft 365) and wait for the answer; prints the tenant.</source>
        <translation>Demander à un administrateur le consentement pour tout le locataire (Microsoft 365) et attendre la réponse&#xa0;; affiche le locataire.</translation>
    </message>
    <message>
        <source>do not open a browser; print the consent URL alone on the first line of stdout</source>
        <translation>ne pas ouvrir de navigateur&#xa0;; afficher l&apos;URL de consentement seule sur la première ligne de la sortie standard</translation>
    </message>
    <message>
        <source>how long to wait for the answer (default 300)</source>
        <translation>durée d&apos;attente de la réponse (300 par défaut)</translation>
    </message>
    <message>
        <source>This profile already belongs to the team &quot;%1&quot; (%2). Leave it first with &quot;authdeck-cli team leave&quot;, or use another folder with --profile DIR.</source>
        <translation>Ce profil appartient déjà à l&apos;équipe &quot;%1&quot; (%2). Quittez-la d&apos;abord avec &quot;authdeck-cli team leave&quot;, ou utilisez un autre dossier avec --profile DIR.</translation>
    </message>
    <message>
        <source>This profile already holds %1 apps and %2 accounts of its own, and a team profile keeps everything in the team&apos;s database. Use an empty folder with --profile DIR, and bring them over with &quot;authdeck-cli export&quot; and &quot;authdeck-cli import&quot; once it is in the team.</source>
        <translation>Ce profil contient déjà %1 applications et %2 comptes qui lui sont propres, et un profil d&apos;équipe conserve tout dans la base de données de l&apos;équipe. Utilisez un dossier vide avec --profile DIR, puis transférez-les avec &quot;authdeck-cli export&quot; et &quot;authdeck-cli import&quot; une fois le nouveau profil dans l&apos;équipe.</translation>
    </message>
    <message>
        <source>This profile is not part of a team: make one with &quot;authdeck-cli team create --database %1&quot;, or join one with &quot;authdeck-cli team join INVITE&quot;.</source>
        <translation>Ce profil ne fait partie d&apos;aucune équipe&#xa0;: créez-en une avec &quot;authdeck-cli team create --database %1&quot;, ou rejoignez-en une avec &quot;authdeck-cli team join INVITE&quot;.</translation>
    </message>
    <message>
        <source>A team&apos;s key is kept in the system keychain: run this without --secret-store vault.</source>
        <translation>La clé d&apos;une équipe est conservée dans le trousseau du système&#xa0;: exécutez cette commande sans --secret-store vault.</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>mot de passe de la base de données</translation>
    </message>
    <message>
        <source>An invite is encrypted under a passphrase: give it with --passphrase-file F.</source>
        <translation>Une invitation est chiffrée avec une phrase secrète&#xa0;: indiquez-la avec --passphrase-file F.</translation>
    </message>
    <message>
        <source>The invite passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète de l&apos;invitation doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>%1 does not open the team&apos;s database %2: the team was made again, or the key belongs to another team. Nothing was changed.</source>
        <translation>%1 n&apos;ouvre pas la base de données %2 de l&apos;équipe&#xa0;: l&apos;équipe a été recréée, ou la clé appartient à une autre équipe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>Give the team&apos;s PostgreSQL database with --database %1.</source>
        <translation>Indiquez la base de données PostgreSQL de l&apos;équipe avec --database %1.</translation>
    </message>
    <message>
        <source>A team name has at most %1 characters.</source>
        <translation>Un nom d&apos;équipe comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Created the team &quot;%1&quot; in %2; this machine is its member %3. Its key is in this machine&apos;s keychain. Invite another machine with &quot;authdeck-cli team invite --out FILE --passphrase-file F&quot;.</source>
        <translation>Équipe &quot;%1&quot; créée dans %2&#xa0;; cet ordinateur en est le membre %3. Sa clé se trouve dans le trousseau de cet ordinateur. Invitez un autre ordinateur avec &quot;authdeck-cli team invite --out FILE --passphrase-file F&quot;.</translation>
    </message>
    <message>
        <source>Give the invite file to write with --out FILE.</source>
        <translation>Indiquez le fichier d&apos;invitation à écrire avec --out FILE.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre fichier ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The team key is missing from this machine&apos;s keychain (entry %1): only a member that holds it can invite. Ask another member, or join again.</source>
        <translation>La clé d&apos;équipe est absente du trousseau de cet ordinateur (entrée %1)&#xa0;: seul un membre qui la détient peut inviter. Demandez à un autre membre, ou rejoignez l&apos;équipe à nouveau.</translation>
    </message>
    <message>
        <source>The team key in this machine&apos;s keychain</source>
        <translation>La clé d&apos;équipe du trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>the invite is not in the audit log: %1</source>
        <translation>l&apos;invitation ne figure pas dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote an invite to the team &quot;%1&quot; to %2. Hand the file and its passphrase over on separate ways; the other machine runs &quot;authdeck-cli team join %3 --passphrase-file F&quot;.</source>
        <translation>Invitation à l&apos;équipe &quot;%1&quot; écrite dans %2. Transmettez le fichier et sa phrase secrète par des voies distinctes&#xa0;; l&apos;autre ordinateur exécute &quot;authdeck-cli team join %3 --passphrase-file F&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the invite %1: %2.</source>
        <translation>Impossible de lire l&apos;invitation %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The invite&apos;s team key</source>
        <translation>La clé d&apos;équipe de l&apos;invitation</translation>
    </message>
    <message>
        <source>Joined the team &quot;%1&quot; (%2) as its member %3. Its apps and accounts are this profile&apos;s now; &quot;authdeck-cli team status&quot; shows them.</source>
        <translation>Équipe &quot;%1&quot; (%2) rejointe en tant que membre %3. Ses applications et ses comptes sont désormais ceux de ce profil&#xa0;; &quot;authdeck-cli team status&quot; les affiche.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>connected, tokens only (this database role may not change apps)</source>
        <translation>connecté, jetons uniquement (ce rôle de base de données ne peut pas modifier les applications)</translation>
    </message>
    <message>
        <source>read-only (the server takes no writes: renewals fail)</source>
        <translation>lecture seule (le serveur n&apos;accepte aucune écriture&#xa0;: les renouvellements échouent)</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>This profile is not part of a team.</source>
        <translation>Ce profil ne fait partie d&apos;aucune équipe.</translation>
    </message>
    <message>
        <source>Team:      %1 (%2)</source>
        <translation>Équipe&#xa0;:          %1 (%2)</translation>
    </message>
    <message>
        <source>Database:  %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Member:    %1</source>
        <translation>Membre&#xa0;:          %1</translation>
    </message>
    <message>
        <source>State:     %1</source>
        <translation>État&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Schema:    version %1</source>
        <translation>Schéma&#xa0;:          version %1</translation>
    </message>
    <message>
        <source>Shared:    %1 apps, %2 accounts</source>
        <translation>Partagé&#xa0;:         %1 applications, %2 comptes</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEMBRE</translation>
    </message>
    <message>
        <source>DATABASE USER</source>
        <translation>UTILISATEUR DE LA BASE</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>VU EN DERNIER</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUI</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>leaving is not in the team&apos;s audit log: %1</source>
        <translation>le départ ne figure pas dans le journal d&apos;audit de l&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the team key could not be removed from the keychain: %1</source>
        <translation>la clé d&apos;équipe n&apos;a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>This profile has left the team &quot;%1&quot;. The team&apos;s apps and accounts stay in %2 for its other members; this machine no longer holds the team key.</source>
        <translation>Ce profil a quitté l&apos;équipe &quot;%1&quot;. Les applications et les comptes de l&apos;équipe restent dans %2 pour ses autres membres&#xa0;; cet ordinateur ne détient plus la clé d&apos;équipe.</translation>
    </message>
    <message>
        <source>the database password (else ~/.pgpass or libpq&apos;s other ways)</source>
        <translation>le mot de passe de la base de données (sinon ~/.pgpass ou les autres moyens de libpq)</translation>
    </message>
    <message>
        <source>the invite&apos;s passphrase</source>
        <translation>la phrase secrète de l&apos;invitation</translation>
    </message>
    <message>
        <source>Make this profile a team&apos;s: its apps and accounts in a PostgreSQL database</source>
        <translation>Fait de ce profil un profil d&apos;équipe&#xa0;: ses applications et ses comptes dans une base de données PostgreSQL</translation>
    </message>
    <message>
        <source>the database, %1</source>
        <translation>la base de données, %1</translation>
    </message>
    <message>
        <source>what the team is called</source>
        <translation>le nom de l&apos;équipe</translation>
    </message>
    <message>
        <source>Write the team key and the binding, encrypted, for another machine</source>
        <translation>Écrit la clé d&apos;équipe et la liaison, chiffrées, pour un autre ordinateur</translation>
    </message>
    <message>
        <source>the invite file to write</source>
        <translation>le fichier d&apos;invitation à écrire</translation>
    </message>
    <message>
        <source>Join a team with an invite: this profile then uses the team&apos;s database</source>
        <translation>Rejoint une équipe avec une invitation&#xa0;: ce profil utilise ensuite la base de données de l&apos;équipe</translation>
    </message>
    <message>
        <source>connect as this database role instead of the invite&apos;s</source>
        <translation>se connecter avec ce rôle de base de données au lieu de celui de l&apos;invitation</translation>
    </message>
    <message>
        <source>Show the team, its database&apos;s state, its members and recent activity</source>
        <translation>Affiche l&apos;équipe, l&apos;état de sa base de données, ses membres et l&apos;activité récente</translation>
    </message>
    <message>
        <source>Unbind this profile from its team and remove the team key from this machine</source>
        <translation>Détache ce profil de son équipe et supprime la clé d&apos;équipe de cet ordinateur</translation>
    </message>
    <message>
        <source>AuthDeck scopes</source>
        <translation>Autorisations AuthDeck</translation>
    </message>
    <message>
        <source>a scope to request: the provider&apos;s own, an AuthDeck scope such as files.read, files.read[box:root_readonly] or box:manage_webhook (repeatable; default: the provider&apos;s)</source>
        <translation>une autorisation à demander&#xa0;: une autorisation propre au fournisseur, une autorisation AuthDeck telle que files.read, files.read[box:root_readonly] ou box:manage_webhook (répétable&#xa0;; par défaut&#xa0;: celles du fournisseur)</translation>
    </message>
    <message>
        <source>The %1 %2 is larger than a Box delivery can be.</source>
        <translation>Le %1 %2 est plus volumineux qu&apos;une livraison Box ne peut l&apos;être.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>set (fingerprint %1)</source>
        <translation>définie (empreinte %1)</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>TRIGGERS</source>
        <translation>DÉCLENCHEURS</translation>
    </message>
    <message>
        <source>Give what to watch with --target folder:ID (or file:ID) and where Box sends deliveries with --address https://...</source>
        <translation>Indiquez ce qu&apos;il faut surveiller avec --target folder:ID (ou file:ID) et où Box envoie les livraisons avec --address https://...</translation>
    </message>
    <message>
        <source>Box now sends %1 on %2:%3 to %4. Check each delivery with &quot;authdeck-cli webhooks verify&quot;.</source>
        <translation>Box envoie désormais %1 pour %2:%3 à %4. Vérifiez chaque livraison avec &quot;authdeck-cli webhooks verify&quot;.</translation>
    </message>
    <message>
        <source>Deleted the webhook %1.</source>
        <translation>Le webhook %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Give the app with --app NAME, the delivery&apos;s headers with --headers-file F and its body with --body-file F.</source>
        <translation>Indiquez l&apos;application avec --app NAME, les en-têtes de la livraison avec --headers-file F et son corps avec --body-file F.</translation>
    </message>
    <message>
        <source>headers file</source>
        <translation>fichier d&apos;en-têtes</translation>
    </message>
    <message>
        <source>body file</source>
        <translation>fichier de corps</translation>
    </message>
    <message>
        <source>Genuine: signed by Box for &quot;%1&quot; with the primary key, delivered %2 (delivery %3).</source>
        <translation>Authentique&#xa0;: signée par Box pour &quot;%1&quot; avec la clé principale, livrée le %2 (livraison %3).</translation>
    </message>
    <message>
        <source>Genuine: signed by Box for &quot;%1&quot; with the secondary key, delivered %2 (delivery %3).</source>
        <translation>Authentique&#xa0;: signée par Box pour &quot;%1&quot; avec la clé secondaire, livrée le %2 (livraison %3).</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>sans ID</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé principale</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>clé secondaire</translation>
    </message>
    <message>
        <source>Give the keys from the Developer Console (Webhooks, Manage signature keys) with --primary-file F and/or --secondary-file F.</source>
        <translation>Indiquez les clés de la Developer Console (Webhooks, Manage signature keys) avec --primary-file F et/ou --secondary-file F.</translation>
    </message>
    <message>
        <source>Webhook signature keys of &quot;%1&quot;: primary %2, secondary %3. To rotate: generate a new secondary key in the Developer Console, store it here with --secondary-file, check a delivery with &quot;webhooks verify&quot;, then do the same for the primary.</source>
        <translation>Clés de signature de webhook de &quot;%1&quot;&#xa0;: principale %2, secondaire %3. Pour les renouveler&#xa0;: générez une nouvelle clé secondaire dans la Developer Console, enregistrez-la ici avec --secondary-file, vérifiez une livraison avec &quot;webhooks verify&quot;, puis faites de même pour la clé principale.</translation>
    </message>
    <message>
        <source>A limited token for %1; the account&apos;s own token is unchanged.</source>
        <translation>Un jeton restreint pour %1&#xa0;; le jeton du compte lui-même reste inchangé.</translation>
    </message>
    <message>
        <source>A limited token for %1 on %2; the account&apos;s own token is unchanged.</source>
        <translation>Un jeton restreint pour %1 sur %2&#xa0;; le jeton du compte lui-même reste inchangé.</translation>
    </message>
    <message>
        <source>Box: the webhooks the account&apos;s app has set up.</source>
        <translation>Box&#xa0;: les webhooks configurés par l&apos;application du compte.</translation>
    </message>
    <message>
        <source>Box: have Box notify an https address of activity on a folder or file.</source>
        <translation>Box&#xa0;: demande à Box de notifier une adresse https de l&apos;activité sur un dossier ou un fichier.</translation>
    </message>
    <message>
        <source>what to watch: folder:ID or file:ID</source>
        <translation>ce qu&apos;il faut surveiller&#xa0;: folder:ID ou file:ID</translation>
    </message>
    <message>
        <source>where Box sends deliveries (https, port 443)</source>
        <translation>où Box envoie les livraisons (https, port 443)</translation>
    </message>
    <message>
        <source>a Box trigger such as FILE.UPLOADED (default: the activity triggers)</source>
        <translation>un déclencheur Box tel que FILE.UPLOADED (par défaut&#xa0;: les déclencheurs d&apos;activité)</translation>
    </message>
    <message>
        <source>Box: delete a webhook.</source>
        <translation>Box&#xa0;: supprime un webhook.</translation>
    </message>
    <message>
        <source>Box: check a delivery&apos;s signature and age (exit 3 when it is not genuine).</source>
        <translation>Box&#xa0;: vérifie la signature et l&apos;âge d&apos;une livraison (code de sortie 3 si elle n&apos;est pas authentique).</translation>
    </message>
    <message>
        <source>the app whose keys sign it</source>
        <translation>l&apos;application dont les clés la signent</translation>
    </message>
    <message>
        <source>the delivery&apos;s headers, &quot;Name: value&quot; lines</source>
        <translation>les en-têtes de la livraison, lignes &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>the delivery&apos;s body, unchanged</source>
        <translation>le corps de la livraison, tel quel</translation>
    </message>
    <message>
        <source>Box: keep the app&apos;s webhook signature keys in the keychain.</source>
        <translation>Box&#xa0;: conserve les clés de signature de webhook de l&apos;application dans le trousseau.</translation>
    </message>
    <message>
        <source>the primary signature key</source>
        <translation>la clé de signature principale</translation>
    </message>
    <message>
        <source>the secondary signature key</source>
        <translation>la clé de signature secondaire</translation>
    </message>
    <message>
        <source>Box webhook: a signed delivery verified</source>
        <translation>Webhook Box&#xa0;: une livraison signée vérifiée</translation>
    </message>
    <message>
        <source>Box downscoped token for a script</source>
        <translation>Jeton Box restreint pour un script</translation>
    </message>
    <message>
        <source>needs the client-credentials account</source>
        <translation>nécessite le compte à identifiants client</translation>
    </message>
    <message>
        <source>no local port for the receiver</source>
        <translation>aucun port local pour le récepteur</translation>
    </message>
    <message>
        <source>a changed delivery was accepted</source>
        <translation>une livraison modifiée a été acceptée</translation>
    </message>
    <message>
        <source>delivery %1 verified with the primary key; a changed copy refused</source>
        <translation>livraison %1 vérifiée avec la clé principale&#xa0;; une copie modifiée refusée</translation>
    </message>
    <message>
        <source>the account&apos;s own token changed</source>
        <translation>le jeton du compte lui-même a changé</translation>
    </message>
    <message>
        <source>item_preview on folder 123456 only; the account&apos;s own token unchanged</source>
        <translation>item_preview sur le dossier 123456 uniquement&#xa0;; le jeton du compte lui-même inchangé</translation>
    </message>
    <message>
        <source>Box: print a token limited to these scopes instead (the account&apos;s own token is untouched)</source>
        <translation>Box&#xa0;: affiche plutôt un jeton limité à ces autorisations (le jeton du compte lui-même n&apos;est pas modifié)</translation>
    </message>
    <message>
        <source>Box: limit the downscoped token to this folder or file (its API address, or folder:ID, file:ID)</source>
        <translation>Box&#xa0;: limite le jeton restreint à ce dossier ou à ce fichier (son adresse d&apos;API, ou folder:ID, file:ID)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::AesGcm</name>
    <message>
        <source>Encryption failed</source>
        <translation>Échec du chiffrement</translation>
    </message>
    <message>
        <source>The authentication tag is not 16 bytes</source>
        <translation>La balise d&apos;authentification ne fait pas 16 octets</translation>
    </message>
    <message>
        <source>Decryption failed</source>
        <translation>Échec du déchiffrement</translation>
    </message>
    <message>
        <source>The data failed its integrity check: wrong key or passphrase, or it was changed</source>
        <translation>Les données ont échoué au contrôle d&apos;intégrité&#xa0;: clé ou phrase secrète incorrecte, ou données modifiées</translation>
    </message>
    <message>
        <source>An AES-256 key is 32 bytes</source>
        <translation>Une clé AES-256 fait 32 octets</translation>
    </message>
    <message>
        <source>An AES-GCM nonce is 12 bytes</source>
        <translation>Un nonce AES-GCM fait 12 octets</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece</source>
        <translation>Les données sont trop volumineuses pour être chiffrées en une seule fois</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Base64Url</name>
    <message>
        <source>The text is not valid base64url</source>
        <translation>Le texte n&apos;est pas du base64url valide</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Certificate</name>
    <message>
        <source>The certificate file is larger than 64 KB.</source>
        <translation>Le fichier de certificat dépasse 64 Ko.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (&quot;BEGIN CERTIFICATE&quot;).</source>
        <translation>Le fichier ne contient aucun certificat PEM («&#xa0;BEGIN CERTIFICATE&#xa0;»).</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Le certificat ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The certificate has no public key AuthDeck reads.</source>
        <translation>Le certificat n&apos;a pas de clé publique lisible par AuthDeck.</translation>
    </message>
    <message>
        <source>The certificate could not be made.</source>
        <translation>Le certificat n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The certificate could not be written.</source>
        <translation>Le certificat n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The private key does not match the certificate (%1): they are not one key pair.</source>
        <translation>La clé privée ne correspond pas au certificat (%1)&#xa0;: ils ne forment pas une paire de clés.</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Jws</name>
    <message>
        <source>The JWT header names the algorithm %1 but is signed with %2</source>
        <translation>L&apos;en-tête JWT indique l&apos;algorithme %1 mais le jeton est signé avec %2</translation>
    </message>
    <message>
        <source>The token is larger than 16 KB</source>
        <translation>Le jeton dépasse 16 Ko</translation>
    </message>
    <message>
        <source>The token does not have exactly three parts</source>
        <translation>Le jeton ne comporte pas exactement trois parties</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>The token&apos;s signature is missing or not base64url</source>
        <translation>La signature du jeton est absente ou n&apos;est pas du base64url</translation>
    </message>
    <message>
        <source>The token is signed with %1, not %2</source>
        <translation>Le jeton est signé avec %1, et non %2</translation>
    </message>
    <message>
        <source>The token requires extensions AuthDeck does not understand</source>
        <translation>Le jeton requiert des extensions qu&apos;AuthDeck ne comprend pas</translation>
    </message>
    <message>
        <source>The token&apos;s %1 is not valid base64url</source>
        <translation>Le %1 du jeton n&apos;est pas du base64url valide</translation>
    </message>
    <message>
        <source>The token&apos;s %1 is not a JSON object</source>
        <translation>Le %1 du jeton n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;; AuthDeck accepts RS256, RS384, RS512 and PS256</source>
        <translation>Le jeton est signé avec «&#xa0;%1&#xa0;»&#xa0;; AuthDeck accepte RS256, RS384, RS512 et PS256</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::KeyFiles</name>
    <message>
        <source>Writing key files is not supported on this system yet</source>
        <translation>L&apos;écriture de fichiers de clé n&apos;est pas encore prise en charge sur ce système</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Pkce</name>
    <message>
        <source>A PKCE verifier must be %1 to %2 characters long</source>
        <translation>Un vérificateur PKCE doit comporter de %1 à %2 caractères</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::RsaKey</name>
    <message>
        <source>The key is an EC key; AuthDeck needs an RSA key</source>
        <translation>La clé est une clé EC&#xa0;; AuthDeck nécessite une clé RSA</translation>
    </message>
    <message>
        <source>The key is of type %1; AuthDeck needs an RSA key</source>
        <translation>La clé est de type %1&#xa0;; AuthDeck nécessite une clé RSA</translation>
    </message>
    <message>
        <source>The key has %1 bits; AuthDeck needs an RSA key of at least %2 bits</source>
        <translation>La clé fait %1 bits&#xa0;; AuthDeck nécessite une clé RSA d&apos;au moins %2 bits</translation>
    </message>
    <message>
        <source>The key has %1 bits; AuthDeck handles RSA keys of up to %2 bits</source>
        <translation>La clé fait %1 bits&#xa0;; AuthDeck gère les clés RSA jusqu&apos;à %2 bits</translation>
    </message>
    <message>
        <source>This is a public key; AuthDeck needs the private key</source>
        <translation>Il s&apos;agit d&apos;une clé publique&#xa0;; AuthDeck nécessite la clé privée</translation>
    </message>
    <message>
        <source>The private key is damaged: its numbers do not belong together</source>
        <translation>La clé privée est endommagée&#xa0;: ses nombres ne concordent pas</translation>
    </message>
    <message>
        <source>AuthDeck makes RSA keys of 2048, 3072 or 4096 bits, not %1</source>
        <translation>AuthDeck crée des clés RSA de 2048, 3072 ou 4096 bits, et non %1</translation>
    </message>
    <message>
        <source>Key generation was cancelled</source>
        <translation>La génération de la clé a été annulée</translation>
    </message>
    <message>
        <source>Could not start RSA key generation</source>
        <translation>Impossible de démarrer la génération de la clé RSA</translation>
    </message>
    <message>
        <source>RSA key generation failed</source>
        <translation>Échec de la génération de la clé RSA</translation>
    </message>
    <message>
        <source>The private key is empty</source>
        <translation>La clé privée est vide</translation>
    </message>
    <message>
        <source>The private key is encrypted; enter its passphrase</source>
        <translation>La clé privée est chiffrée&#xa0;; saisissez sa phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the private key</source>
        <translation>La phrase secrète ne déverrouille pas la clé privée</translation>
    </message>
    <message>
        <source>The text is not a PEM private key</source>
        <translation>Le texte n&apos;est pas une clé privée PEM</translation>
    </message>
    <message>
        <source>The private key could not be read; the PEM text is damaged or of an unknown kind</source>
        <translation>Impossible de lire la clé privée&#xa0;; le texte PEM est endommagé ou d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>This is a private key; give the public key only</source>
        <translation>Il s&apos;agit d&apos;une clé privée&#xa0;; indiquez uniquement la clé publique</translation>
    </message>
    <message>
        <source>The text is not a PEM public key</source>
        <translation>Le texte n&apos;est pas une clé publique PEM</translation>
    </message>
    <message>
        <source>The JWK is not an RSA key</source>
        <translation>Le JWK n&apos;est pas une clé RSA</translation>
    </message>
    <message>
        <source>Could not read the JWK</source>
        <translation>Impossible de lire le JWK</translation>
    </message>
    <message>
        <source>The JWK&apos;s &quot;%1&quot; value is missing or not base64url</source>
        <translation>La valeur &quot;%1&quot; du JWK est absente ou n&apos;est pas du base64url</translation>
    </message>
    <message>
        <source>The JWK does not describe a usable RSA key</source>
        <translation>Le JWK ne décrit pas une clé RSA utilisable</translation>
    </message>
    <message>
        <source>This is a public key; there is no private key to save</source>
        <translation>Il s&apos;agit d&apos;une clé publique&#xa0;; il n&apos;y a pas de clé privée à enregistrer</translation>
    </message>
    <message>
        <source>An encrypted private key needs a passphrase</source>
        <translation>Une clé privée chiffrée nécessite une phrase secrète</translation>
    </message>
    <message>
        <source>The key file needs at least %1 PBKDF2 iterations</source>
        <translation>Le fichier de clé nécessite au moins %1 itérations PBKDF2</translation>
    </message>
    <message>
        <source>Could not encrypt the private key</source>
        <translation>Impossible de chiffrer la clé privée</translation>
    </message>
    <message>
        <source>Could not write the private key</source>
        <translation>Impossible d&apos;écrire la clé privée</translation>
    </message>
    <message>
        <source>This is a public key; it cannot sign</source>
        <translation>Il s&apos;agit d&apos;une clé publique&#xa0;; elle ne peut pas signer</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>Échec de la signature</translation>
    </message>
    <message>
        <source>Could not check the signature</source>
        <translation>Impossible de vérifier la signature</translation>
    </message>
    <message>
        <source>The signature does not match the key</source>
        <translation>La signature ne correspond pas à la clé</translation>
    </message>
    <message>
        <source>The private key is encrypted twice (PKCS#8 inside legacy PEM encryption); AuthDeck does not read such keys</source>
        <translation>La clé privée est chiffrée deux fois (PKCS#8 à l&apos;intérieur d&apos;un ancien chiffrement PEM)&#xa0;; AuthDeck ne lit pas de telles clés</translation>
    </message>
    <message>
        <source>The key text is larger than 64 KB; it is not a PEM key</source>
        <translation>Le texte de la clé dépasse 64 Ko&#xa0;; ce n&apos;est pas une clé PEM</translation>
    </message>
    <message>
        <source>%1; AuthDeck refuses such a key before spending that work. Encrypt the key again with a lower cost (for example openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</source>
        <translation>%1&#xa0;; AuthDeck refuse une telle clé avant d&apos;engager ce calcul. Chiffrez à nouveau la clé avec un coût moindre (par exemple openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</translation>
    </message>
    <message>
        <source>The private key&apos;s encryption asks for %1 %2 iterations, more than the %3 AuthDeck accepts</source>
        <translation>Le chiffrement de la clé privée demande un nombre d&apos;itérations %2 (%1) supérieur aux %3 qu&apos;accepte AuthDeck</translation>
    </message>
    <message>
        <source>a negative or huge number of</source>
        <translation>négatif ou démesuré</translation>
    </message>
    <message>
        <source>The private key&apos;s encryption asks for scrypt with N = %1, r = %2, p = %3, more than the %4 MiB and p = %5 AuthDeck accepts</source>
        <translation>Le chiffrement de la clé privée demande scrypt avec N = %1, r = %2, p = %3, au-delà des %4 Mio et de p = %5 qu&apos;accepte AuthDeck</translation>
    </message>
    <message>
        <source>AuthDeck signs with RS256, RS384, RS512 or PS256, not &quot;%1&quot;</source>
        <translation>AuthDeck signe avec RS256, RS384, RS512 ou PS256, pas avec « %1 »</translation>
    </message>
    <message>
        <source>The signature algorithm &quot;%1&quot; is not accepted; AuthDeck accepts RS256, RS384, RS512 and PS256</source>
        <translation>L&apos;algorithme de signature «&#xa0;%1&#xa0;» n&apos;est pas accepté&#xa0;; AuthDeck accepte RS256, RS384, RS512 et PS256</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::Scrypt</name>
    <message>
        <source>The scrypt cost N must be a power of two from 2 to 2^%1</source>
        <translation>Le coût scrypt N doit être une puissance de deux comprise entre 2 et 2^%1</translation>
    </message>
    <message>
        <source>The scrypt parameters r and p must be 1 to %1 and 1 to %2</source>
        <translation>Les paramètres scrypt r et p doivent être compris respectivement entre 1 et %1 et entre 1 et %2</translation>
    </message>
    <message>
        <source>The scrypt parameters ask for more than 1 GiB of memory</source>
        <translation>Les paramètres scrypt demandent plus de 1 Gio de mémoire</translation>
    </message>
    <message>
        <source>A derived key must be 1 to %1 bytes</source>
        <translation>Une clé dérivée doit faire de 1 à %1 octets</translation>
    </message>
    <message>
        <source>This OpenSSL has no scrypt</source>
        <translation>Cette version d&apos;OpenSSL ne prend pas en charge scrypt</translation>
    </message>
    <message>
        <source>Deriving the key with scrypt failed (out of memory?)</source>
        <translation>Échec de la dérivation de la clé avec scrypt (mémoire insuffisante&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>authdeck::crypto::SigV4</name>
    <message>
        <source>The access key ID is empty or contains spaces, commas or slashes</source>
        <translation>L&apos;ID de clé d&apos;accès est vide ou contient des espaces, des virgules ou des barres obliques</translation>
    </message>
    <message>
        <source>The secret access key is empty</source>
        <translation>La clé d&apos;accès secrète est vide</translation>
    </message>
    <message>
        <source>The region and service must be lower-case names such as us-east-1 and s3</source>
        <translation>La région et le service doivent être des noms en minuscules tels que us-east-1 et s3</translation>
    </message>
    <message>
        <source>The request to sign needs a method and a URL with a host</source>
        <translation>La requête à signer nécessite une méthode et une URL avec un hôte</translation>
    </message>
    <message>
        <source>The request to sign needs a time</source>
        <translation>La requête à signer nécessite une heure</translation>
    </message>
    <message>
        <source>The payload hash must be 64 lower-case hex digits or UNSIGNED-PAYLOAD</source>
        <translation>Le hachage du contenu doit comporter 64 chiffres hexadécimaux minuscules ou valoir UNSIGNED-PAYLOAD</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the signer</source>
        <translation>L&apos;en-tête &quot;%1&quot; est défini par le signataire</translation>
    </message>
    <message>
        <source>Signing the request failed</source>
        <translation>Échec de la signature de la requête</translation>
    </message>
</context>
<context>
    <name>authdeck::fields</name>
    <message>
        <source>%1 is required.</source>
        <translation>Champ obligatoire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1&#xa0;: valeur trop longue.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>%1&#xa0;: la valeur n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the expected form.</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;a pas la forme attendue.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui</name>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>dans %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>dans %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>dans %1 h</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
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
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>App registration:</source>
        <translation>Inscription d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes requested:</source>
        <translation>Autorisations demandées&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>Expiration du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Last renewed:</source>
        <translation>Dernier renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Next renewal:</source>
        <translation>Prochain renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Make a real call with this account and show who answers</source>
        <translation>Effectuer un véritable appel avec ce compte et afficher qui répond</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <source>Sign this account in again, keeping its settings</source>
        <translation>Reconnecter ce compte en conservant ses paramètres</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Copy access token</source>
        <translation>Copier le &amp;jeton d&apos;accès</translation>
    </message>
    <message>
        <source>For a minute; the clipboard is cleared afterwards</source>
        <translation>Pendant une minute&#xa0;; le presse-papiers est ensuite vidé</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Aucun compte sélectionné</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Works: the provider answered as %1.</source>
        <translation>Fonctionne&#xa0;: le fournisseur a répondu en tant que %1.</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Renewed.</source>
        <translation>Renouvelé.</translation>
    </message>
    <message>
        <source>Getting a valid token…</source>
        <translation>Obtention d&apos;un jeton valide…</translation>
    </message>
    <message>
        <source>Access token copied; the clipboard is cleared in a minute.</source>
        <translation>Jeton d&apos;accès copié&#xa0;; le presse-papiers sera vidé dans une minute.</translation>
    </message>
    <message>
        <source>Re&amp;view endpoints…</source>
        <translation>&amp;Vérifier les points de terminaison…</translation>
    </message>
    <message>
        <source>The app&apos;s servers changed: check them, then approve or not</source>
        <translation>Les serveurs de l&apos;application ont changé&#xa0;: vérifiez-les, puis approuvez-les ou non</translation>
    </message>
    <message>
        <source>Connect another &amp;enterprise…</source>
        <translation>Connecter une autre &amp;entreprise…</translation>
    </message>
    <message>
        <source>Connect another enterprise that authorized the same app, with its enterprise ID</source>
        <translation>Connecter une autre entreprise ayant autorisé la même application, avec son ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Approved: the account uses the new endpoints.</source>
        <translation>Approuvé&#xa0;: le compte utilise les nouveaux points de terminaison.</translation>
    </message>
    <message>
        <source>Held: the app&apos;s endpoints changed (%1). Nothing is sent until you review and approve them.</source>
        <translation>En attente&#xa0;: les points de terminaison de l&apos;application ont changé (%1). Rien n&apos;est envoyé tant que vous ne les avez pas examinés et approuvés.</translation>
    </message>
    <message>
        <source>Sign-in lasts until:</source>
        <translation>Connexion valable jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Connected on:</source>
        <translation>Connecté le&#xa0;:</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>Dernier test&#xa0;:</translation>
    </message>
    <message>
        <source>The refresh token dies when it goes unused this long; AuthDeck renews it in time while it runs</source>
        <translation>Le jeton d&apos;actualisation expire s&apos;il reste inutilisé aussi longtemps&#xa0;; AuthDeck le renouvelle à temps tant qu&apos;il tourne</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se reco&amp;nnecter…</translation>
    </message>
    <message>
        <source>%1 (%2 days unused)</source>
        <translation>%1 (%2 jours sans usage)</translation>
    </message>
    <message>
        <source>Always: a new token is made when needed</source>
        <translation>Toujours&#xa0;: un nouveau jeton est créé au besoin</translation>
    </message>
    <message>
        <source>Not tested since AuthDeck started</source>
        <translation>Pas testé depuis le démarrage d&apos;AuthDeck</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1&#xa0;: fonctionne</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message>
        <source>Asking Box for a limited token…</source>
        <translation>Demande d&apos;un jeton restreint à Box…</translation>
    </message>
    <message>
        <source>A token limited to %1 copied; the account&apos;s own token is unchanged, the clipboard is cleared in a minute.</source>
        <translation>Jeton limité à %1 copié&#xa0;; le jeton du compte lui-même reste inchangé, le presse-papiers sera vidé dans une minute.</translation>
    </message>
    <message>
        <source>A token limited to %1 on %2 copied; the account&apos;s own token is unchanged, the clipboard is cleared in a minute.</source>
        <translation>Jeton limité à %1 sur %2 copié&#xa0;; le jeton du compte lui-même reste inchangé, le presse-papiers sera vidé dans une minute.</translation>
    </message>
    <message>
        <source>Webhoo&amp;ks…</source>
        <translation>Webhoo&amp;ks…</translation>
    </message>
    <message>
        <source>Box webhooks on this account&apos;s folders and files, and their signature keys</source>
        <translation>Les webhooks Box sur les dossiers et fichiers de ce compte, et leurs clés de signature</translation>
    </message>
    <message>
        <source>Copy a li&amp;mited token…</source>
        <translation>Copier un jeton Copier un jeton restreint (&amp;limité)…amp;limité…</translation>
    </message>
    <message>
        <source>A token for a script that can do only what you choose</source>
        <translation>Un jeton pour un script qui ne peut faire que ce que vous choisissez</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AccountsModel</name>
    <message>
        <source>Does not expire</source>
        <translation>N&apos;expire pas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>Échec du test</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>dans %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>dans %1 h</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppDialog</name>
    <message>
        <source>App registration</source>
        <translation>Inscription d&apos;application</translation>
    </message>
    <message>
        <source>The client ID and secret of the app you created at the provider. The secret is stored in the system keychain only.</source>
        <translation>L&apos;ID client et le secret de l&apos;application que vous avez créée chez le fournisseur. Le secret est enregistré uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Add an app registration</source>
        <translation>Ajouter une inscription d&apos;application</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppEditorWidget</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For example: Corp Box</source>
        <translation>Par exemple&#xa0;: Box Entreprise</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Secret c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Public Key ID</source>
        <translation>ID de clé publique</translation>
    </message>
    <message>
        <source>Shown next to the public key in the developer console</source>
        <translation>Affiché à côté de la clé publique dans la console développeur</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Admin Console → Account &amp; Billing</source>
        <translation>Admin Console → Account &amp; Billing</translation>
    </message>
    <message>
        <source>Public &amp;Key ID:</source>
        <translation>ID de clé pu&amp;blique&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Custom scopes</source>
        <translation>Autorisations personnalisées</translation>
    </message>
    <message>
        <source>C&amp;ustom scopes:</source>
        <translation>Autorisations personnalisé&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Only for providers that match the redirect URI&apos;s port exactly; otherwise AuthDeck picks a free port each time.</source>
        <translation>Uniquement pour les fournisseurs qui exigent exactement le port de l&apos;URI de redirection&#xa0;; sinon, AuthDeck choisit un port libre à chaque fois.</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>Register this
redirect URI:</source>
        <translation>Enregistrez cette
URI de redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Override the provider&apos;s &amp;endpoints (advanced)</source>
        <translation>Remplacer les points de &amp;terminaison du fournisseur (avancé)</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>URL d&apos;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL de jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Revocation URL:</source>
        <translation>URL de révocation&#xa0;:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>URL de base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>From the provider&apos;s developer console</source>
        <translation>Depuis la console développeur du fournisseur</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Conservé dans le trousseau&#xa0;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>None stored</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to create the app at %2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Comment créer l&apos;application sur %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 (granted on request by the provider&apos;s support)</source>
        <translation>%1 (accordée sur demande par le support du fournisseur)</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une autorisation.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;terprise ID:</source>
        <translation>ID d&apos;ent&amp;reprise&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>A&amp;utorisations&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>https://login.example.com/realms/corp</source>
        <translation>https://login.example.com/realms/corp</translation>
    </message>
    <message>
        <source>The server&apos;s issuer URL: its endpoints, PKCE and client authentication are read from its discovery metadata.</source>
        <translation>L&apos;URL d&apos;émetteur du serveur&#xa0;: ses points de terminaison, PKCE et l&apos;authentification client sont lus dans ses métadonnées de découverte.</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Optional: a PEM key that signs client assertions</source>
        <translation>Facultatif&#xa0;: une clé PEM qui signe les assertions client</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Optional: the key&apos;s certificate (x5t#S256)</source>
        <translation>Facultatif&#xa0;: le certificat de la clé (x5t#S256)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Clé privée (PEM)</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Certificat (PEM)</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>Fic&amp;hier de clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>Give the server&apos;s issuer URL: AuthDeck reads its endpoints from it.</source>
        <translation>Donnez l&apos;URL d&apos;émetteur du serveur&#xa0;: AuthDeck y lit ses points de terminaison.</translation>
    </message>
    <message>
        <source>A certificate needs its private key file as well.</source>
        <translation>Un certificat a aussi besoin du fichier de sa clé privée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The private key cannot be used: %1</source>
        <translation>La clé privée est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificate fi&amp;le:</source>
        <translation>Fichier de ce&amp;rtificat&#xa0;:</translation>
    </message>
    <message>
        <source>Key passp&amp;hrase:</source>
        <translation>Phrase secrète de la cl&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>Use a fixed re&amp;direct port</source>
        <translation>Utiliser un port de re&amp;direction fixe</translation>
    </message>
    <message>
        <source>Other scopes or AuthDeck scopes (files.read), separated by spaces</source>
        <translation>Autres autorisations ou autorisations AuthDeck (files.read), séparées par des espaces</translation>
    </message>
    <message>
        <source>What the AuthDeck scopes become</source>
        <translation>Ce que deviennent les autorisations AuthDeck</translation>
    </message>
    <message>
        <source>Part of the AuthDeck scopes: %1</source>
        <translation>Fait partie des autorisations AuthDeck&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no AuthDeck scopes; give its own scope names.</source>
        <translation>%1 n&apos;a pas d&apos;autorisations AuthDeck&#xa0;; indiquez ses propres noms d&apos;autorisation.</translation>
    </message>
    <message>
        <source>AuthDeck scopes for %1, or files.read[%2:SCOPE] and %2:SCOPE to choose its own scopes:
%3</source>
        <translation>Autorisations AuthDeck pour %1, ou files.read[%2:SCOPE] et %2:SCOPE pour choisir ses propres autorisations&#xa0;:
%3</translation>
    </message>
    <message>
        <source>%1 asks %2 for: %3</source>
        <translation>%1 demande à %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppsModel</name>
    <message>
        <source>Needs credentials</source>
        <translation>Identifiants requis</translation>
    </message>
    <message>
        <source>Key in keychain</source>
        <translation>Clé dans le trousseau</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::AppsSettingsPage</name>
    <message>
        <source>App registrations by provider</source>
        <translation>Inscriptions d&apos;application par fournisseur</translation>
    </message>
    <message>
        <source>Provider / app</source>
        <translation>Fournisseur / application</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>URI de redirection à enregistrer chez le fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>Some providers or sign-in methods are managed by your organization (%1).</source>
        <translation>Certains fournisseurs ou certaines méthodes de connexion sont gérés par votre organisation (%1).</translation>
    </message>
    <message>
        <source> (managed by your organization: not allowed)</source>
        <translation> (géré par votre organisation&#xa0;: non autorisé)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>Inscription d&apos;application &quot;%1&quot; ajoutée.</translation>
    </message>
    <message>
        <source>Remove the app registration &quot;%1&quot; and its secrets?</source>
        <translation>Supprimer l&apos;inscription d&apos;application &quot;%1&quot; et ses secrets&#xa0;?</translation>
    </message>
    <message>
        <source>These accounts use it and will stop working until they are connected with another app: %1.</source>
        <translation>Ces comptes l&apos;utilisent et cesseront de fonctionner tant qu&apos;ils ne seront pas connectés avec une autre application&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Remove the app registration</source>
        <translation>Supprimer l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Inscription d&apos;application &quot;%1&quot; supprimée.</translation>
    </message>
    <message>
        <source>Copied the redirect URI.</source>
        <translation>URI de redirection copiée.</translation>
    </message>
    <message>
        <source>Admin &amp;consent…</source>
        <translation>&amp;Consentement administrateur…</translation>
    </message>
    <message>
        <source>Ask an administrator of the tenant to grant the app access for the whole organization (Microsoft 365)</source>
        <translation>Demander à un administrateur du locataire d&apos;accorder à l&apos;application l&apos;accès pour toute l&apos;organisation (Microsoft 365)</translation>
    </message>
    <message>
        <source>Accept in the browser as an administrator of the tenant; AuthDeck waits for the answer. If no browser opened, open: %1</source>
        <translation>Acceptez dans le navigateur en tant qu&apos;administrateur du locataire&#xa0;; AuthDeck attend la réponse. Si aucun navigateur ne s&apos;est ouvert, ouvrez&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant %1 granted admin consent; connect the app now.</source>
        <translation>Le locataire %1 a donné le consentement administrateur&#xa0;; connectez l&apos;application maintenant.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::BoxSetupPages</name>
    <message>
        <source>Set up a Box app</source>
        <translation>Configurer une application Box</translation>
    </message>
    <message>
        <source>Using the key generated earlier in %1; type its passphrase again.</source>
        <translation>Utilisation de la clé générée précédemment dans %1&#xa0;; saisissez à nouveau sa phrase secrète.</translation>
    </message>
    <message>
        <source>Set up a Box app (resumed; secrets are typed again)</source>
        <translation>Configurer une application Box (reprise&#xa0;; les secrets sont à saisir à nouveau)</translation>
    </message>
    <message>
        <source>1. Create the app in the Box Developer Console</source>
        <translation>1. Créer l&apos;application dans la Box Developer Console</translation>
    </message>
    <message>
        <source>Developer Console → Create Platform App. The authentication method cannot be changed later.</source>
        <translation>Developer Console → Create Platform App. La méthode d&apos;authentification ne peut pas être modifiée par la suite.</translation>
    </message>
    <message>
        <source>Box service</source>
        <translation>Service Box</translation>
    </message>
    <message>
        <source>&amp;Open the Developer Console</source>
        <translation>&amp;Ouvrir la Developer Console</translation>
    </message>
    <message>
        <source>For user accounts choose &quot;User Authentication (OAuth 2.0)&quot; there instead and connect with Accounts → Connect an account.</source>
        <translation>Pour des comptes utilisateur, choisissez plutôt &quot;User Authentication (OAuth 2.0)&quot; à cet endroit et connectez-vous avec Comptes → Connecter un compte.</translation>
    </message>
    <message>
        <source>Box (server)</source>
        <translation>Box (serveur)</translation>
    </message>
    <message>
        <source>App registration name</source>
        <translation>Nom de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Configuration → OAuth 2.0 Credentials</source>
        <translation>Configuration → OAuth 2.0 Credentials</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Secret c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Create a Platform App, choose how it authenticates, then copy its Client ID and Client secret from the Configuration tab.</source>
        <translation>Créez une Platform App, choisissez son mode d&apos;authentification, puis copiez son ID client et son secret client depuis l&apos;onglet Configuration.</translation>
    </message>
    <message>
        <source>2. The key pair</source>
        <translation>2. La paire de clés</translation>
    </message>
    <message>
        <source>Configuration → Add and Manage Public Keys. Generate the pair here (the private key never leaves this computer), or import the config.json Box generated.</source>
        <translation>Configuration → Add and Manage Public Keys. Générez la paire ici (la clé privée ne quitte jamais cet ordinateur), ou importez le config.json généré par Box.</translation>
    </message>
    <message>
        <source>&amp;Generate a key pair here</source>
        <translation>Générer &amp;une paire de clés ici</translation>
    </message>
    <message>
        <source>I already have a &amp;config.json</source>
        <translation>J&apos;ai déjà un con&amp;fig.json</translation>
    </message>
    <message>
        <source>Passphrase for the private key</source>
        <translation>Phrase secrète de la clé privée</translation>
    </message>
    <message>
        <source>encrypts the private key file</source>
        <translation>chiffre le fichier de clé privée</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Save the new private key</source>
        <translation>Enregistrer la nouvelle clé privée</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>Fichiers PEM (*.pem)</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Generating the key pair</source>
        <translation>Génération de la paire de clés</translation>
    </message>
    <message>
        <source>Public key to paste into Box</source>
        <translation>Clé publique à coller dans Box</translation>
    </message>
    <message>
        <source>config.json file</source>
        <translation>Fichier config.json</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Box config.json</source>
        <translation>config.json de Box</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Phrase secrè&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>Fic&amp;hier de clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
    <message>
        <source>Then, in the Developer Console: Add a Public Key, paste the public key, and note the Public Key ID it shows.</source>
        <translation>Ensuite, dans la Developer Console&#xa0;: Add a Public Key, collez la clé publique et notez l&apos;ID de clé publique affiché.</translation>
    </message>
    <message>
        <source>Type the passphrase that will encrypt the new key, and where to save it, first.</source>
        <translation>Saisissez d&apos;abord la phrase secrète qui chiffrera la nouvelle clé, ainsi que l&apos;emplacement où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Stopped; no key was saved.</source>
        <translation>Arrêté&#xa0;; aucune clé n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>The key pair could not be generated: %1</source>
        <translation>Impossible de générer la paire de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The private key could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the encrypted private key to %1 (readable by you only). SHA-256 fingerprint: %2</source>
        <translation>Clé privée chiffrée enregistrée dans %1 (lisible par vous seul). Empreinte SHA-256&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported the app&apos;s Client ID, secret, key and enterprise from %1. Consider deleting that file now: AuthDeck keeps the key in the keychain.</source>
        <translation>ID client, secret, clé et entreprise de l&apos;application importés depuis %1. Pensez à supprimer ce fichier dès maintenant&#xa0;: AuthDeck conserve la clé dans le trousseau.</translation>
    </message>
    <message>
        <source>3. The Public Key ID</source>
        <translation>3. L&apos;ID de clé publique</translation>
    </message>
    <message>
        <source>Box shows it next to the key under Add and Manage Public Keys: eight letters and digits.</source>
        <translation>Box l&apos;affiche à côté de la clé sous Add and Manage Public Keys&#xa0;: huit lettres et chiffres.</translation>
    </message>
    <message>
        <source>Public Key ID</source>
        <translation>ID de clé publique</translation>
    </message>
    <message>
        <source>Public &amp;Key ID:</source>
        <translation>ID de clé pu&amp;blique&#xa0;:</translation>
    </message>
    <message>
        <source>A Public Key ID is eight letters and digits, like &quot;a1b2c3d4&quot;.</source>
        <translation>Un ID de clé publique se compose de huit lettres et chiffres, comme &quot;a1b2c3d4&quot;.</translation>
    </message>
    <message>
        <source>4. Access level and scopes</source>
        <translation>4. Niveau d&apos;accès et autorisations</translation>
    </message>
    <message>
        <source>App Access Level: App + Enterprise Access</source>
        <translation>App Access Level&#xa0;: App + Enterprise Access</translation>
    </message>
    <message>
        <source>Without it the app sees only its own service account, not the enterprise&apos;s managed users and groups.</source>
        <translation>Sans cela, l&apos;application ne voit que son propre compte de service, et non les utilisateurs et groupes gérés de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Read and write all files and folders</source>
        <translation>Read and write all files and folders</translation>
    </message>
    <message>
        <source>Lets AuthDeck&apos;s accounts list, read and change content.</source>
        <translation>Permet aux comptes AuthDeck de lister, lire et modifier le contenu.</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Needed to look up and administer the enterprise&apos;s users.</source>
        <translation>Nécessaire pour rechercher et administrer les utilisateurs de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Manage groups</source>
        <translation>Manage groups</translation>
    </message>
    <message>
        <source>Needed to read and change group memberships.</source>
        <translation>Nécessaire pour lire et modifier l&apos;appartenance aux groupes.</translation>
    </message>
    <message>
        <source>Manage enterprise properties</source>
        <translation>Manage enterprise properties</translation>
    </message>
    <message>
        <source>Reads the enterprise&apos;s settings and its events (activity).</source>
        <translation>Lit les paramètres de l&apos;entreprise et ses événements (activité).</translation>
    </message>
    <message>
        <source>Manage webhooks</source>
        <translation>Manage webhooks</translation>
    </message>
    <message>
        <source>Recent-files and activity monitoring are delivered through webhooks.</source>
        <translation>La surveillance des fichiers récents et de l&apos;activité passe par les webhooks.</translation>
    </message>
    <message>
        <source>Advanced Features: Generate user access tokens</source>
        <translation>Advanced Features&#xa0;: Generate user access tokens</translation>
    </message>
    <message>
        <source>Lets the app act as a single user with a user token.</source>
        <translation>Permet à l&apos;application d&apos;agir en tant qu&apos;utilisateur unique avec un jeton utilisateur.</translation>
    </message>
    <message>
        <source>Advanced Features: Perform Actions as Users</source>
        <translation>Advanced Features&#xa0;: Perform Actions as Users</translation>
    </message>
    <message>
        <source>Needed for the As-User header (acting on behalf of a managed user).</source>
        <translation>Nécessaire pour l&apos;en-tête As-User (agir pour le compte d&apos;un utilisateur géré).</translation>
    </message>
    <message>
        <source>Any later change of scopes or access level needs Reauthorize App in the Admin Console.</source>
        <translation>Toute modification ultérieure des autorisations ou du niveau d&apos;accès nécessite Reauthorize App dans l&apos;Admin Console.</translation>
    </message>
    <message>
        <source>5. Authorize the app in the Admin Console</source>
        <translation>5. Autoriser l&apos;application dans l&apos;Admin Console</translation>
    </message>
    <message>
        <source>A Box admin approves the app once for the enterprise.</source>
        <translation>Un administrateur Box approuve l&apos;application une fois pour l&apos;entreprise.</translation>
    </message>
    <message>
        <source>&amp;Copy Client ID</source>
        <translation>Copier l&apos;I&amp;D client</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Either choose Review and Submit on the app&apos;s Authorization tab (Box emails the primary admin), or as an admin open Admin Console → Integrations → Platform Apps Manager → Add App, and paste the Client ID.</source>
        <translation>Choisissez Review and Submit dans l&apos;onglet Authorization de l&apos;application (Box envoie un e-mail à l&apos;administrateur principal), ou, en tant qu&apos;administrateur, ouvrez Admin Console → Integrations → Platform Apps Manager → Add App et collez l&apos;ID client.</translation>
    </message>
    <message>
        <source>Box-Notifications: Box emails users about some actions the app takes (a shared folder, a moved file). Box support can enable suppressing them for the app; AuthDeck then sends &quot;Box-Notifications: off&quot; for accounts that ask for it.</source>
        <translation>Box-Notifications&#xa0;: Box envoie des e-mails aux utilisateurs pour certaines actions de l&apos;application (un dossier partagé, un fichier déplacé). Le support Box peut activer leur suppression pour l&apos;application&#xa0;; AuthDeck envoie alors &quot;Box-Notifications: off&quot; pour les comptes qui le demandent.</translation>
    </message>
    <message>
        <source>6. The Enterprise ID</source>
        <translation>6. L&apos;ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Admin Console → Account &amp; Billing → Account Information.</source>
        <translation>Admin Console → Account &amp; Billing → Account Information.</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Enterprise ID:</source>
        <translation>ID d&apos;&amp;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>An Enterprise ID is a number, like &quot;900001&quot;.</source>
        <translation>Un ID d&apos;entreprise est un nombre, comme &quot;900001&quot;.</translation>
    </message>
    <message>
        <source>7. Verify</source>
        <translation>7. Vérifier</translation>
    </message>
    <message>
        <source>AuthDeck asks Box for a token as the enterprise&apos;s service account and calls /users/me with it.</source>
        <translation>AuthDeck demande à Box un jeton en tant que compte de service de l&apos;entreprise et appelle /users/me avec celui-ci.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>named after the service account</source>
        <translation>nommé d&apos;après le compte de service</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>The private key file cannot be read: %1</source>
        <translation>Impossible de lire le fichier de clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The private key cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The enterprise admin has not authorized the app yet: add it in the Platform Apps Manager (step 5), then verify again.</source>
        <translation>L&apos;administrateur de l&apos;entreprise n&apos;a pas encore autorisé l&apos;application&#xa0;: ajoutez-la dans le Platform Apps Manager (étape 5), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Box does not know this Client ID and secret: copy them again from the app&apos;s Configuration tab.</source>
        <translation>Box ne reconnaît pas cet ID client et ce secret&#xa0;: copiez-les à nouveau depuis l&apos;onglet Configuration de l&apos;application.</translation>
    </message>
    <message>
        <source>Box refused the enterprise: check the Enterprise ID.</source>
        <translation>Box a refusé l&apos;entreprise&#xa0;: vérifiez l&apos;ID d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Box refused the key: check that the public key is added to the app and the Public Key ID is its ID.</source>
        <translation>Box a refusé la clé&#xa0;: vérifiez que la clé publique est ajoutée à l&apos;application et que l&apos;ID de clé publique est bien le sien.</translation>
    </message>
    <message>
        <source>Connected as %1. The account &quot;%2&quot; is ready, and renews its token by itself.</source>
        <translation>Connecté en tant que %1. Le compte &quot;%2&quot; est prêt et renouvelle son jeton de lui-même.</translation>
    </message>
    <message>
        <source>&amp;Go to step %1 to fix it</source>
        <translation>&amp;Revenir à l&apos;étape %1 pour corriger</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>App name &amp;here:</source>
        <translation>&amp;Nom de l&apos;application ici&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>La phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>the same once more, for a new key</source>
        <translation>la même une fois encore, pour une nouvelle clé</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Cop&amp;y public key</source>
        <translation>Copier la clé publi&amp;que</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>Répét&amp;er la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one in both fields.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez la même dans les deux champs.</translation>
    </message>
    <message>
        <source>%1 exists already (another app&apos;s key?). Choose another file name with Browse.</source>
        <translation>%1 existe déjà (la clé d&apos;une autre application&#xa0;?). Choisissez un autre nom de fichier avec Parcourir.</translation>
    </message>
    <message>
        <source>Set these on the app&apos;s Configuration tab. AuthDeck cannot read them before the first token; Verify then tells what Box refused.</source>
        <translation>Réglez-les dans l&apos;onglet Configuration de l&apos;application. AuthDeck ne peut les lire avant le premier jeton&#xa0;; Vérifier indique ensuite ce que Box a refusé.</translation>
    </message>
    <message>
        <source>From your connected account &quot;%1&quot;; change it for another enterprise.</source>
        <translation>Tiré de votre compte connecté «&#xa0;%1&#xa0;»&#xa0;; modifiez-le pour une autre entreprise.</translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation>No&amp;m du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Verify will use:</source>
        <translation>Vérifier utilisera&#xa0;:</translation>
    </message>
    <message>
        <source>• Service: %1</source>
        <translation>• Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>• App registration &quot;%1&quot;, Client ID %2</source>
        <translation>• Inscription d&apos;application «&#xa0;%1&#xa0;», ID client %2</translation>
    </message>
    <message>
        <source>• Server Authentication with JWT, Public Key ID %1</source>
        <translation>• Server Authentication avec JWT, ID de clé publique %1</translation>
    </message>
    <message>
        <source>• Private key: %1 (opened with your passphrase)</source>
        <translation>• Clé privée&#xa0;: %1 (ouverte avec votre phrase secrète)</translation>
    </message>
    <message>
        <source>• Private key: from %1</source>
        <translation>• Clé privée&#xa0;: depuis %1</translation>
    </message>
    <message>
        <source>• Server Authentication with the Client Credentials Grant</source>
        <translation>• Server Authentication avec le Client Credentials Grant</translation>
    </message>
    <message>
        <source>• Enterprise ID %1, as its service account</source>
        <translation>• ID d&apos;entreprise %1, en tant que son compte de service</translation>
    </message>
    <message>
        <source>Generating a %1-bit RSA key pair…</source>
        <translation>Génération d’une paire de clés RSA de %1 bits…</translation>
    </message>
    <message>
        <source>Box said: %1</source>
        <translation>Box a répondu : %1</translation>
    </message>
    <message>
        <source>Server Authentication (with &amp;JWT)</source>
        <translation>Server Authentication (with &amp;JWT)</translation>
    </message>
    <message>
        <source>Recommended: a key pair signs in, and nothing reusable travels.</source>
        <translation>Recommandé : une paire de clés assure la connexion, et rien de réutilisable ne transite.</translation>
    </message>
    <message>
        <source>Server Authentication (&amp;Client Credentials Grant)</source>
        <translation>Server Authentication (&amp;Client Credentials Grant)</translation>
    </message>
    <message>
        <source>The client ID and secret alone sign in.</source>
        <translation>L’ID client et le secret suffisent à se connecter.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::ConnectWizard</name>
    <message>
        <source>Sign in with your browser at the provider; AuthDeck keeps tokens, never your password.</source>
        <translation>Connectez-vous avec votre navigateur chez le fournisseur&#xa0;; AuthDeck conserve les jetons, jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>A server app signs in by itself with a private key, for an admin who manages the whole enterprise.</source>
        <translation>Une application serveur se connecte d&apos;elle-même avec une clé privée, pour un administrateur qui gère toute l&apos;entreprise.</translation>
    </message>
    <message>
        <source>A server app signs in by itself with its client ID and secret, without a key pair.</source>
        <translation>Une application serveur se connecte d&apos;elle-même avec son ID client et son secret, sans paire de clés.</translation>
    </message>
    <message>
        <source>Type a user name and password once; where the provider allows it they are exchanged for tokens and forgotten.</source>
        <translation>Saisissez une fois un nom d&apos;utilisateur et un mot de passe&#xa0;; lorsque le fournisseur le permet, ils sont échangés contre des jetons puis oubliés.</translation>
    </message>
    <message>
        <source>Paste an access key ID and secret key; AuthDeck keeps the secret key in the keychain.</source>
        <translation>Collez un ID de clé d&apos;accès et une clé secrète&#xa0;; AuthDeck conserve la clé secrète dans le trousseau.</translation>
    </message>
    <message>
        <source>A user name and password sent with every request; AuthDeck keeps the password in the keychain.</source>
        <translation>Un nom d&apos;utilisateur et un mot de passe envoyés avec chaque requête&#xa0;; AuthDeck conserve le mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Which service?</source>
        <translation>Quel service&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the provider of the account to connect.</source>
        <translation>Choisissez le fournisseur du compte à connecter.</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Rechercher des fournisseurs</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>How to sign in?</source>
        <translation>Comment se connecter&#xa0;?</translation>
    </message>
    <message>
        <source>The ways %1 accounts can be connected.</source>
        <translation>Les façons de connecter les comptes %1.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <source>Which app registration?</source>
        <translation>Quelle inscription d&apos;application&#xa0;?</translation>
    </message>
    <message>
        <source>The client ID (and secret) AuthDeck signs in with. Pick one you registered before, or register a new one now.</source>
        <translation>L&apos;ID client (et le secret) avec lequel AuthDeck se connecte. Choisissez-en un inscrit auparavant, ou inscrivez-en un nouveau maintenant.</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>Inscription d&apos;application</translation>
    </message>
    <message>
        <source>&amp;Register a new app</source>
        <translation>&amp;Inscrire une nouvelle application</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser once more</source>
        <translation>Ouvrir à nouveau la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation>Copier l&apos;adresse de connexion, pour l&apos;ouvrir dans un autre navigateur</translation>
    </message>
    <message>
        <source>&amp;Paste address…</source>
        <translation>C&amp;oller l&apos;adresse…</translation>
    </message>
    <message>
        <source>The browser could not reach AuthDeck? Paste the address it ended at, or the code it showed</source>
        <translation>Le navigateur n&apos;a pas pu joindre AuthDeck&#xa0;? Collez l&apos;adresse sur laquelle il s&apos;est arrêté, ou le code qu&apos;il a affiché</translation>
    </message>
    <message>
        <source>Address the browser ended at</source>
        <translation>Adresse sur laquelle le navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback?code=… or the code</source>
        <translation>http://127.0.0.1:…/callback?code=… ou le code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>AuthDeck opens your browser at %1&apos;s sign-in page. Sign in there and allow access; the browser then hands the answer back to AuthDeck on this computer.</source>
        <translation>AuthDeck ouvre votre navigateur sur la page de connexion de %1. Connectez-vous et autorisez l&apos;accès&#xa0;; le navigateur renvoie ensuite la réponse à AuthDeck sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Who the app acts as: the enterprise&apos;s service account, or one user.</source>
        <translation>Au nom de qui l&apos;application agit&#xa0;: le compte de service de l&apos;entreprise, ou un utilisateur.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>The enterprise (service account)</source>
        <translation>L&apos;entreprise (compte de service)</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Un utilisateur</translation>
    </message>
    <message>
        <source>Act &amp;as:</source>
        <translation>&amp;Agir en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>The user&apos;s numeric ID</source>
        <translation>L&apos;ID numérique de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The access keys of %1. The secret key goes to the keychain; nothing is sent before Connect.</source>
        <translation>Les clés d&apos;accès de %1. La clé secrète est placée dans le trousseau&#xa0;; rien n&apos;est envoyé avant Connecter.</translation>
    </message>
    <message>
        <source>Your %1 sign-in. Nothing is sent before Connect.</source>
        <translation>Vos identifiants %1. Rien n&apos;est envoyé avant Connecter.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Démarrage de la connexion…</translation>
    </message>
    <message>
        <source>Sign in in your browser and allow access. The wizard continues by itself once the browser is done.</source>
        <translation>Connectez-vous dans votre navigateur et autorisez l&apos;accès. L&apos;assistant continue de lui-même une fois le navigateur terminé.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in a browser, then paste the address it ends at.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Copiez le lien et ouvrez-le dans un navigateur, puis collez l&apos;adresse sur laquelle il s&apos;arrête.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>AuthDeck made the provider&apos;s identity call with the new access.</source>
        <translation>AuthDeck a effectué l&apos;appel d&apos;identité du fournisseur avec le nouvel accès.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Name the account</source>
        <translation>Nommer le compte</translation>
    </message>
    <message>
        <source>The name AuthDeck and its command line use for this account.</source>
        <translation>Le nom utilisé pour ce compte par AuthDeck et sa ligne de commande.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Stockage de fichiers</translation>
    </message>
    <message>
        <source>Content management</source>
        <translation>Gestion de contenu</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>IT service management</source>
        <translation>Gestion des services informatiques</translation>
    </message>
    <message>
        <source>Another enterprise that authorized this app</source>
        <translation>Une autre entreprise ayant autorisé cette application</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>The other enterprise&apos;s numeric ID (its Admin Console → Account &amp; Billing)</source>
        <translation>L&apos;ID numérique de l&apos;autre entreprise (dans son Admin Console → Account &amp; Billing)</translation>
    </message>
    <message>
        <source>Sign &quot;%1&quot; in again</source>
        <translation>Reconnecter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Use an e&amp;xisting app registration:</source>
        <translation>Utiliser une inscription e&amp;xistante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit app…</source>
        <translation>&amp;Modifier l&apos;application…</translation>
    </message>
    <message>
        <source>Correct the app registration (client ID, secret, scopes), then try again</source>
        <translation>Corriger l&apos;inscription d&apos;application (ID client, secret, autorisations), puis réessayer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>&amp;Sign in with browser</source>
        <translation>Se connecter dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>As-User (optional)</source>
        <translation>As-User (facultatif)</translation>
    </message>
    <message>
        <source>Act as this managed user in every call (Box&apos;s As-User header)</source>
        <translation>Agir en tant que cet utilisateur géré à chaque appel (en-tête As-User de Box)</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>Getting the first token from %1</source>
        <translation>Obtention du premier jeton auprès de %1</translation>
    </message>
    <message>
        <source>Checking the keys with %1</source>
        <translation>Vérification des clés auprès de %1</translation>
    </message>
    <message>
        <source>Signing in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>%1 did not connect with the app &quot;%2&quot;: %3</source>
        <translation>%1 n&apos;a pas établi la connexion avec l&apos;application «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 did not connect: %2</source>
        <translation>%1 n&apos;a pas établi la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1… %2:%3 left. Cancel stops it; nothing is kept.</source>
        <translation>%1… encore %2:%3. Annuler l&apos;arrête&#xa0;; rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Acts as:</source>
        <translation>Agit en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>The enterprise&apos;s service account</source>
        <translation>Le compte de service de l&apos;entreprise</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>App registration:</source>
        <translation>Inscription d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Token valid until:</source>
        <translation>Jeton valable jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Disconnect the new account?</source>
        <translation>Déconnecter le nouveau compte&#xa0;?</translation>
    </message>
    <message>
        <source>The account is connected and verified. Cancel disconnects it again (its access is revoked) and removes app registrations made in this wizard.</source>
        <translation>Le compte est connecté et vérifié. Annuler le déconnecte à nouveau (son accès est révoqué) et supprime les inscriptions d&apos;application créées dans cet assistant.</translation>
    </message>
    <message>
        <source>Disconnect and close</source>
        <translation>Déconnecter et fermer</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>With the app registration &quot;%1&quot;.</source>
        <translation>Avec l&apos;inscription d&apos;application «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing is sent before you go on.</source>
        <translation>Rien n&apos;est envoyé avant que vous continuiez.</translation>
    </message>
    <message>
        <source>&amp;Guided setup of a new Box server app (key pair, admin authorization, enterprise)</source>
        <translation>Confi&amp;gurer pas à pas une nouvelle application serveur Box (paire de clés, autorisation par l&apos;administrateur, entreprise)</translation>
    </message>
    <message>
        <source>Sign in with a c&amp;ode on another device</source>
        <translation>Se connecter avec un c&amp;ode sur un autre appareil</translation>
    </message>
    <message>
        <source>For a machine without a browser: AuthDeck shows an address and a code to enter on any other device (RFC 8628)</source>
        <translation>Pour une machine sans navigateur&#xa0;: AuthDeck affiche une adresse et un code à saisir sur n&apos;importe quel autre appareil (RFC 8628)</translation>
    </message>
    <message>
        <source>&amp;Sign in with a code</source>
        <translation>Se connecter avec un &amp;code</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2. This window continues by itself once the sign-in there is done; the code expires in %3 minutes.</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez %1 et saisissez le code %2. Cette fenêtre continue d&apos;elle-même une fois la connexion terminée là-bas&#xa0;; le code expire dans %3 minutes.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device</source>
        <translation>En attente de la connexion sur l&apos;autre appareil</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::DesktopIntegration</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::EndpointReviewDialog</name>
    <message>
        <source>Review the endpoints of “%1”</source>
        <translation>Vérifier les points de terminaison de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The endpoints of the app “%1” changed since it was registered. Until you approve them, AuthDeck sends none of its secrets or its accounts&apos; tokens anywhere. Approve only if you expected this change and trust the new servers: the app&apos;s client secret and its accounts&apos; tokens will then go to them.</source>
        <translation>Les points de terminaison de l&apos;application «&#xa0;%1&#xa0;» ont changé depuis son inscription. Tant que vous ne les avez pas approuvés, AuthDeck n&apos;envoie nulle part ses secrets ni les jetons de ses comptes. N&apos;approuvez que si vous attendiez ce changement et faites confiance aux nouveaux serveurs&#xa0;: le secret client de l&apos;application et les jetons de ses comptes leur seront alors envoyés.</translation>
    </message>
    <message>
        <source>Changed endpoints</source>
        <translation>Points de terminaison modifiés</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Pinned (was)</source>
        <translation>Épinglé (avant)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Approve these endpoints</source>
        <translation>A&amp;pprouver ces points de terminaison</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Apps and accounts to export:</source>
        <translation>Applications et comptes à exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Apps and accounts to export</source>
        <translation>Applications et comptes à exporter</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Include secrets (client secrets, keys, tokens), encrypted under a passphrase</source>
        <translation>Inclure les secrets (secrets client, clés, jetons), chiffrés avec une phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier de paquet</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Bundles (*.json)</source>
        <translation>Paquets (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters</source>
        <translation>Trop courte&#xa0;: au moins %1 caractères</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase is safer</source>
        <translation>Moyenne&#xa0;: une phrase secrète plus longue est plus sûre</translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase, or several words</source>
        <translation>Faible&#xa0;: utilisez une phrase secrète plus longue, ou plusieurs mots</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Without secrets the file is plain JSON to review; imported items will need their credentials again.</source>
        <translation>Sans secrets, le fichier est du JSON en clair que vous pouvez examiner&#xa0;; les éléments importés nécessiteront à nouveau leurs identifiants.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::GeneralSettingsPage</name>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Langue (après un redémarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start AuthDeck when I log in</source>
        <translation>&amp;Démarrer AuthDeck à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Notify me when an account needs attention</source>
        <translation>&amp;M&apos;avertir lorsqu&apos;un compte nécessite votre attention</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::ImportBundleDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier de paquet</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Bundles (*.json)</source>
        <translation>Paquets (*.json)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Skip items this profile already has</source>
        <translation>Ignorer les éléments déjà présents dans ce profil</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Les remplacer</translation>
    </message>
    <message>
        <source>Import renamed copies</source>
        <translation>Importer des copies renommées</translation>
    </message>
    <message>
        <source>Existing items:</source>
        <translation>Éléments existants&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que l&apos;importation va faire</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Ajouter sous le nom</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source> — needs credentials after import</source>
        <translation> — identifiants requis après l&apos;importation</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::KeychainStatusWidget</name>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>Trousseau&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Keychain: ready</source>
        <translation>Trousseau&#xa0;: prêt</translation>
    </message>
    <message>
        <source>Secrets are kept in the %1.</source>
        <translation>Les secrets sont conservés dans le %1.</translation>
    </message>
    <message>
        <source>Keychain: locked</source>
        <translation>Trousseau&#xa0;: verrouillé</translation>
    </message>
    <message>
        <source>Unlock your keychain (for example by signing in to the desktop session), then click here to check again.</source>
        <translation>Déverrouillez votre trousseau (par exemple en ouvrant votre session de bureau), puis cliquez ici pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>Trousseau&#xa0;: indisponible</translation>
    </message>
    <message>
        <source>AuthDeck cannot save secrets until a keychain is available. Click to check again.</source>
        <translation>AuthDeck ne peut pas enregistrer de secrets tant qu&apos;aucun trousseau n&apos;est disponible. Cliquez pour vérifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::LimitedTokenDialog</name>
    <message>
        <source>Copy a limited token</source>
        <translation>Copier un jeton restreint</translation>
    </message>
    <message>
        <source>A token for a script or a web page that can do only what you tick, optionally on one folder or file. The token of &quot;%1&quot; itself stays as it is.</source>
        <translation>Un jeton pour un script ou une page web, qui ne peut faire que ce que vous cochez, éventuellement sur un seul dossier ou fichier. Le jeton de &quot;%1&quot; lui-même reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;What the token may do:</source>
        <translation>Ce que le jeton &amp;peut faire&#xa0;:</translation>
    </message>
    <message>
        <source>What the token may do</source>
        <translation>Ce que le jeton peut faire</translation>
    </message>
    <message>
        <source>Preview files</source>
        <translation>Prévisualiser les fichiers</translation>
    </message>
    <message>
        <source>Download files</source>
        <translation>Télécharger les fichiers</translation>
    </message>
    <message>
        <source>Browse folders (Content Explorer)</source>
        <translation>Parcourir les dossiers (Content Explorer)</translation>
    </message>
    <message>
        <source>Pick files (Content Picker)</source>
        <translation>Choisir des fichiers (Content Picker)</translation>
    </message>
    <message>
        <source>Show previews (Content Preview)</source>
        <translation>Afficher des aperçus (Content Preview)</translation>
    </message>
    <message>
        <source>Show the sidebar (Content Sidebar)</source>
        <translation>Afficher la barre latérale (Content Sidebar)</translation>
    </message>
    <message>
        <source>See own annotations</source>
        <translation>Voir ses propres annotations</translation>
    </message>
    <message>
        <source>See all annotations</source>
        <translation>Voir toutes les annotations</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Téléverser des fichiers</translation>
    </message>
    <message>
        <source>Upload (Content Uploader)</source>
        <translation>Téléverser (Content Uploader)</translation>
    </message>
    <message>
        <source>Rename items</source>
        <translation>Renommer des éléments</translation>
    </message>
    <message>
        <source>Share items</source>
        <translation>Partager des éléments</translation>
    </message>
    <message>
        <source>Delete items</source>
        <translation>Supprimer des éléments</translation>
    </message>
    <message>
        <source>Read everything the account can read</source>
        <translation>Lire tout ce que le compte peut lire</translation>
    </message>
    <message>
        <source>Everything the account reaches</source>
        <translation>Tout ce à quoi le compte a accès</translation>
    </message>
    <message>
        <source>One folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Un fichier</translation>
    </message>
    <message>
        <source>&amp;Limited to:</source>
        <translation>&amp;Limité à&#xa0;:</translation>
    </message>
    <message>
        <source>the number in the item&apos;s web address</source>
        <translation>le nombre dans l&apos;adresse web de l&apos;élément</translation>
    </message>
    <message>
        <source>Item &amp;ID:</source>
        <translation>&amp;ID de l&apos;élément&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Tick at least one thing the token may do.</source>
        <translation>Cochez au moins une chose que le jeton peut faire.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s or file&apos;s ID.</source>
        <translation>Saisissez l&apos;ID du dossier ou du fichier.</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::MainWindow</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>A&amp;pp registrations</source>
        <translation>&amp;Inscriptions d&apos;application</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect an account…</source>
        <translation>Connecter un compte…</translation>
    </message>
    <message>
        <source>No accounts connected yet</source>
        <translation>Aucun compte connecté pour l&apos;instant</translation>
    </message>
    <message>
        <source>Connect Box, Google Drive, OneDrive, Dropbox, Salesforce, S3 and your own servers through one guided flow. Every secret stays in your system keychain.</source>
        <translation>Connectez Box, Google Drive, OneDrive, Dropbox, Salesforce, S3 et vos propres serveurs grâce à un flux guidé unique. Chaque secret reste dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <source>Add an app registration…</source>
        <translation>Ajouter une inscription d&apos;application…</translation>
    </message>
    <message>
        <source>No app registrations yet</source>
        <translation>Aucune inscription d&apos;application pour l&apos;instant</translation>
    </message>
    <message>
        <source>An app registration holds the client ID and secret of the app you created at a provider (&quot;custom OAuth keys&quot;). AuthDeck shows the redirect URI to register.</source>
        <translation>Une inscription d&apos;application contient l&apos;ID client et le secret de l&apos;application que vous avez créée chez un fournisseur (&quot;custom OAuth keys&quot;). AuthDeck affiche l&apos;URI de redirection à enregistrer.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>App registrations</source>
        <translation>Inscriptions d&apos;application</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Connecter un compte…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Add an app registration…</source>
        <translation>&amp;Ajouter une inscription d&apos;application…</translation>
    </message>
    <message>
        <source>&amp;Edit the selected app registration…</source>
        <translation>&amp;Modifier l&apos;inscription d&apos;application sélectionnée…</translation>
    </message>
    <message>
        <source>&amp;Remove the selected app registration…</source>
        <translation>&amp;Supprimer l&apos;inscription d&apos;application sélectionnée…</translation>
    </message>
    <message>
        <source>Check the &amp;keychain</source>
        <translation>Vérifier le &amp;trousseau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Provider &amp;documentation</source>
        <translation>&amp;Documentation du fournisseur</translation>
    </message>
    <message>
        <source>&amp;About AuthDeck</source>
        <translation>À &amp;propos d&apos;AuthDeck</translation>
    </message>
    <message>
        <source>Remove the app registration &quot;%1&quot; and its client secret from the keychain?</source>
        <translation>Supprimer l&apos;inscription d&apos;application &quot;%1&quot; et son secret client du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>These accounts use it and will stop working: %1.</source>
        <translation>Ces comptes l&apos;utilisent et cesseront de fonctionner&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Remove app registration</source>
        <translation>Supprimer l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not remove the app registration</source>
        <translation>Impossible de supprimer l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>Disconnect &quot;%1&quot;?</source>
        <translation>Déconnecter &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>AuthDeck revokes the account&apos;s access at the provider, then deletes its tokens from the keychain. This cannot be undone: to use the account again you will sign in again.</source>
        <translation>AuthDeck révoque l&apos;accès du compte chez le fournisseur, puis supprime ses jetons du trousseau. Cette action est irréversible&#xa0;: pour réutiliser le compte, vous devrez vous reconnecter.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Disconnecting &quot;%1&quot;…</source>
        <translation>Déconnexion de &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Access could not be revoked</source>
        <translation>Impossible de révoquer l&apos;accès</translation>
    </message>
    <message>
        <source>%1

Remove &quot;%2&quot; from this computer anyway? Its access stays valid at the provider until you revoke it there.</source>
        <translation>%1

Supprimer quand même &quot;%2&quot; de cet ordinateur&#xa0;? Son accès reste valide chez le fournisseur jusqu&apos;à ce que vous le révoquiez sur celui-ci.</translation>
    </message>
    <message>
        <source>Remove anyway</source>
        <translation>Supprimer quand même</translation>
    </message>
    <message>
        <source>Disconnected &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; déconnecté.</translation>
    </message>
    <message>
        <source>Sandbox (Box-compatible) at %1 · &lt;a href=&quot;%2&quot;&gt;developer console&lt;/a&gt;</source>
        <translation>Bac à sable (compatible Box) sur %1 · &lt;a href=&quot;%2&quot;&gt;console développeur&lt;/a&gt;</translation>
    </message>
    <message>
        <source>An embedded Box-compatible server that lives while AuthDeck runs. Connect the ready &quot;Sandbox app&quot; to try every flow; sign in as sandbox-admin.</source>
        <translation>Un serveur intégré compatible Box, actif tant qu&apos;AuthDeck s&apos;exécute. Connectez l&apos;application &quot;Sandbox app&quot; prête à l&apos;emploi pour essayer chaque flux&#xa0;; connectez-vous en tant que sandbox-admin.</translation>
    </message>
    <message>
        <source>About AuthDeck</source>
        <translation>À propos d&apos;AuthDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDeck %1&lt;/h3&gt;&lt;p&gt;Connect cloud accounts through one uniform flow: OAuth 2.0, per-server OAuth, server-to-server JWT, basic authentication and access keys.&lt;/p&gt;&lt;p&gt;Every secret is kept in the %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDeck %1&lt;/h3&gt;&lt;p&gt;Connectez des comptes cloud grâce à un flux unique&#xa0;: OAuth 2.0, OAuth par serveur, JWT de serveur à serveur, authentification de base et clés d&apos;accès.&lt;/p&gt;&lt;p&gt;Chaque secret est conservé dans le %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up a &amp;Box app…</source>
        <translation>Configurer une application &amp;Box…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Préfé&amp;rences…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs you to sign in again: %2</source>
        <translation>&quot;%1&quot; demande à vous reconnecter&#xa0;: %2</translation>
    </message>
    <message>
        <source>AuthDeck</source>
        <translation>AuthDeck</translation>
    </message>
    <message>
        <source>app &quot;%1&quot;</source>
        <translation>application &quot;%1&quot;</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;</source>
        <translation>compte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Secrets to enter</source>
        <translation>Secrets à saisir</translation>
    </message>
    <message>
        <source>The bundle did not carry the secrets of: %1.

Enter them now? App registrations ask for their client secret; accounts sign in again.</source>
        <translation>Le paquet ne contenait pas les secrets de&#xa0;: %1.

Les saisir maintenant&#xa0;? Les inscriptions d&apos;application demandent leur secret client&#xa0;; les comptes se reconnectent.</translation>
    </message>
    <message>
        <source>Enter now</source>
        <translation>Saisir maintenant</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: connect it again once its app registration has its secrets.</source>
        <translation>&quot;%1&quot;&#xa0;: reconnectez-le une fois que son inscription d&apos;application a ses secrets.</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>Co&amp;mptes</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se reco&amp;nnecter…</translation>
    </message>
    <message>
        <source>Copy access &amp;token</source>
        <translation>Copier le &amp;jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (the command line uses it too):</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;» (la ligne de commande l&apos;utilise aussi)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Could not rename the account</source>
        <translation>Le compte n&apos;a pas pu être renommé</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renommé en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Copy a &amp;limited token…</source>
        <translation>Copier un jeton re&amp;streint…</translation>
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
        <translation>Utiliser les paramètres proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Manual proxy (HTTP)</source>
        <translation>Proxy &amp;manuel (HTTP)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Aucun proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Hôte du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy &amp;port:</source>
        <translation>&amp;Port du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Délais d&apos;expiration</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Transfer (whole request):</source>
        <translation>&amp;Transfert (requête entière)&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted self-signed certificates</source>
        <translation>Certificats autosignés approuvés</translation>
    </message>
    <message>
        <source>server.example.com</source>
        <translation>server.example.com</translation>
    </message>
    <message>
        <source>&amp;Show certificate</source>
        <translation>A&amp;fficher le certificat</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation>Récupération du certificat de %1…</translation>
    </message>
    <message>
        <source>Trust a self-signed certificate</source>
        <translation>Approuver un certificat autosigné</translation>
    </message>
    <message>
        <source>Trust the certificate with SHA-256 fingerprint
%1
for %2? Connections to %2 will accept this certificate and no other.</source>
        <translation>Approuver le certificat d&apos;empreinte SHA-256
%1
pour %2&#xa0;? Les connexions à %2 accepteront ce certificat et aucun autre.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>For your own servers only: the server host of an app registration (never a host of a built-in provider such as Box). A certificate is trusted for one host and port after you have compared its SHA-256 fingerprint with the one the server&apos;s administrator gives you.</source>
        <translation>Uniquement pour vos propres serveurs&#xa0;: l&apos;hôte de serveur d&apos;une inscription d&apos;application (jamais l&apos;hôte d&apos;un fournisseur intégré tel que Box). Un certificat est approuvé pour un hôte et un port une fois que vous avez comparé son empreinte SHA-256 avec celle que vous communique l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this host and port</source>
        <translation>Appr&amp;ouver ce certificat pour cet hôte et ce port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom d&apos;hôte ni une adresse.</translation>
    </message>
    <message>
        <source>SHA-256 %1 — %2</source>
        <translation>SHA-256 %1 — %2</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server host is not valid.</source>
        <translation>L&apos;hôte de serveur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %4
%1 presents a certificate for &quot;%2&quot;, valid until %3.
Compare the fingerprint with the one the server&apos;s administrator gives you before trusting it.</source>
        <translation>Empreinte SHA-256&#xa0;: %4
%1 présente un certificat pour &quot;%2&quot;, valide jusqu&apos;au %3.
Comparez l&apos;empreinte avec celle que vous communique l&apos;administrateur du serveur avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>It cannot be trusted here: %1</source>
        <translation>Il ne peut pas être approuvé ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer la saisie</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::SecuritySettingsPage</name>
    <message>
        <source>Secrets are kept in:</source>
        <translation>Les secrets sont conservés dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exports may include secrets (encrypted with a passphrase)</source>
        <translation>Les &amp;exportations peuvent inclure des secrets (chiffrés avec une phrase secrète)</translation>
    </message>
    <message>
        <source>Organization policy:</source>
        <translation>Stratégie de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>None (%1 does not exist).</source>
        <translation>Aucune (%1 n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Managed by your organization (%1).</source>
        <translation>Gérée par votre organisation (%1).</translation>
    </message>
    <message>
        <source>Providers allowed: %1</source>
        <translation>Fournisseurs autorisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Providers not allowed: %1</source>
        <translation>Fournisseurs non autorisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in methods allowed: %1</source>
        <translation>Méthodes de connexion autorisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in methods not allowed: %1</source>
        <translation>Méthodes de connexion non autorisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source> — managed by your organization</source>
        <translation> — géré par votre organisation</translation>
    </message>
    <message>
        <source>The system keychain (recommended)</source>
        <translation>Le trousseau du système (recommandé)</translation>
    </message>
    <message>
        <source>An encrypted vault file, unlocked with a passphrase at start</source>
        <translation>Un fichier coffre chiffré, déverrouillé par une phrase secrète au démarrage</translation>
    </message>
    <message>
        <source>For machines without a keychain. Takes effect at the next start; secrets already stored stay where they are (move them with File → Export and Import).</source>
        <translation>Pour les machines sans trousseau. Prend effet au prochain démarrage&#xa0;; les secrets déjà enregistrés restent où ils sont (déplacez-les avec Fichier → Exporter et Importer).</translation>
    </message>
    <message>
        <source>&amp;Keep secrets in (next start):</source>
        <translation>&amp;Conserver les secrets dans (prochain démarrage)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <translation>Démarrer avec le système</translation>
    </message>
</context>
<context>
    <name>authdeck::ui::TeamStatusWidget</name>
    <message>
        <source>Team database status</source>
        <translation>État de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Team %1: checking…</source>
        <translation>Équipe %1&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Team %1: connected</source>
        <translation>Équipe %1&#xa0;: connectée</translation>
    </message>
    <message numerus="yes">
        <source>Apps and accounts are shared through %1 (%n member(s)).</source>
        <translation>
            <numerusform>Les applications et les comptes sont partagés via %1 (%n membre).</numerusform>
            <numerusform>Les applications et les comptes sont partagés via %1 (%n membres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team %1: tokens only</source>
        <translation>Équipe %1&#xa0;: jetons uniquement</translation>
    </message>
    <message>
        <source>Connected to %1 with a server&apos;s rights: tokens are renewed, apps and accounts cannot be changed from here.</source>
        <translation>Connecté à %1 avec les droits d&apos;un serveur&#xa0;: les jetons sont renouvelés, les applications et les comptes ne peuvent pas être modifiés d&apos;ici.</translation>
    </message>
    <message>
        <source>Team %1: read-only</source>
        <translation>Équipe %1&#xa0;: lecture seule</translation>
    </message>
    <message>
        <source>%1 takes no writes (a standby or a read-only server): renewals fail until it does.</source>
        <translation>%1 n&apos;accepte aucune écriture (serveur de secours ou en lecture seule)&#xa0;: les renouvellements échouent jusqu&apos;à ce qu&apos;il les accepte à nouveau.</translation>
    </message>
    <message>
        <source>Team %1: unreachable</source>
        <translation>Équipe %1&#xa0;: injoignable</translation>
    </message>
    <message>
        <source>Nothing is renewed or changed until the team database answers; AuthDeck keeps no local copy that could fork the tokens. Click to check again.</source>
        <translation>Rien n&apos;est renouvelé ni modifié tant que la base de données d&apos;équipe ne répond pas&#xa0;; AuthDeck ne conserve aucune copie locale qui pourrait faire diverger les jetons. Cliquez pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Check the team database now</source>
        <translation>Vérifier la base de données d&apos;équipe maintenant</translation>
    </message>
    <message>
        <source>Recent activity is unknown while the database is unreachable.</source>
        <translation>L&apos;activité récente est inconnue tant que la base de données est injoignable.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Aucune activité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
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
        <translation>non définie</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>définie (%1)</translation>
    </message>
    <message>
        <source>Webhooks of %1</source>
        <translation>Webhooks de %1</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Box tells an https address of activity on a folder or file: what recent-files lists and activity monitoring are built on.</source>
        <translation>Box informe une adresse https de l&apos;activité sur un dossier ou un fichier&#xa0;: c&apos;est la base des listes de fichiers récents et de la surveillance d&apos;activité.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Surveille</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Delete the selected webhook</source>
        <translation>&amp;Supprimer le webhook sélectionné</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Watch a folder or a file</source>
        <translation>Surveiller un dossier ou un fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder or file ID</source>
        <translation>ID du dossier ou du fichier</translation>
    </message>
    <message>
        <source>the number in its web address</source>
        <translation>le nombre dans son adresse web</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>Sur&amp;veiller&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the activity triggers (uploads, previews, downloads, moves …)</source>
        <translation>vide&#xa0;: les déclencheurs d&apos;activité (téléversements, aperçus, téléchargements, déplacements …)</translation>
    </message>
    <message>
        <source>T&amp;riggers:</source>
        <translation>&amp;Déclencheurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create the webhook</source>
        <translation>&amp;Créer le webhook</translation>
    </message>
    <message>
        <source>Signature keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>New primary key</source>
        <translation>Nouvelle clé principale</translation>
    </message>
    <message>
        <source>paste from the Developer Console to replace</source>
        <translation>collez depuis la Developer Console pour remplacer</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>Clé &amp;principale&#xa0;:</translation>
    </message>
    <message>
        <source>New secondary key</source>
        <translation>Nouvelle clé secondaire</translation>
    </message>
    <message>
        <source>Seco&amp;ndary key:</source>
        <translation>Clé seco&amp;ndaire&#xa0;:</translation>
    </message>
    <message>
        <source>To rotate without missing a delivery: 1. generate a new secondary key in the Developer Console (Webhooks, Manage signature keys) and save it here; 2. check a delivery; 3. then do the same for the primary key.</source>
        <translation>Pour renouveler les clés sans manquer de livraison&#xa0;: 1. générez une nouvelle clé secondaire dans la Developer Console (Webhooks, Manage signature keys) et enregistrez-la ici&#xa0;; 2. vérifiez une livraison&#xa0;; 3. faites ensuite de même pour la clé principale.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the keys</source>
        <translation>Enre&amp;gistrer les clés</translation>
    </message>
    <message>
        <source>C&amp;heck a delivery…</source>
        <translation>Vér&amp;ifier une livraison…</translation>
    </message>
    <message>
        <source>The delivery&apos;s headers (Name: value lines)</source>
        <translation>Les en-têtes de la livraison (lignes Name: value)</translation>
    </message>
    <message>
        <source>The delivery&apos;s body</source>
        <translation>Le corps de la livraison</translation>
    </message>
    <message>
        <source>Asking Box for the webhooks…</source>
        <translation>Demande des webhooks à Box…</translation>
    </message>
    <message>
        <source>No webhooks yet.</source>
        <translation>Aucun webhook pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s).</source>
        <translation>
            <numerusform>%n webhook.</numerusform>
            <numerusform>%n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Création du webhook…</translation>
    </message>
    <message>
        <source>Deleting the webhook %1…</source>
        <translation>Suppression du webhook %1…</translation>
    </message>
    <message>
        <source>This account has no app registration to keep keys for.</source>
        <translation>Ce compte n&apos;a pas d&apos;inscription d&apos;application pour laquelle conserver des clés.</translation>
    </message>
    <message>
        <source>Primary key: %1. Secondary key: %2.</source>
        <translation>Clé principale&#xa0;: %1. Clé secondaire&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Paste a new primary or secondary key first.</source>
        <translation>Collez d&apos;abord une nouvelle clé principale ou secondaire.</translation>
    </message>
    <message>
        <source>Saving the keys in the keychain…</source>
        <translation>Enregistrement des clés dans le trousseau…</translation>
    </message>
    <message>
        <source>Keys saved. Check a delivery to see which key signs it.</source>
        <translation>Clés enregistrées. Vérifiez une livraison pour voir quelle clé la signe.</translation>
    </message>
    <message>
        <source>Cannot read the delivery&apos;s files.</source>
        <translation>Impossible de lire les fichiers de la livraison.</translation>
    </message>
    <message>
        <source>Not genuine: %1</source>
        <translation>Non authentique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Genuine: signed with the primary key.</source>
        <translation>Authentique&#xa0;: signée avec la clé principale.</translation>
    </message>
    <message>
        <source>Genuine: signed with the secondary key.</source>
        <translation>Authentique&#xa0;: signée avec la clé secondaire.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>AuthDeck keeps this profile&apos;s secrets in an encrypted vault. Its passphrase:</source>
        <translation>AuthDeck conserve les secrets de ce profil dans un coffre chiffré. Sa phrase secrète&#xa0;:</translation>
    </message>
</context>
</TS>
