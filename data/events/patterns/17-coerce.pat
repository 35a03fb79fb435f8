# CAMEO 17 COERCE (PLOVER COERCE).
17.coerce            170   v:coerce|pressure|pressurize|intimidate|bully|blackmail|force  recip=obj conf=0.65
17.seize             171   v:seize|confiscate|impound|expropriate|nationalize|nationalise|commandeer|freeze  with=property|asset|ship|vessel|tanker|cargo|land|weapon|good|account|fund  recip=poss,from,obj
17.destroy           1712  v:demolish|raze|bulldoze|destroy|burn|torch  with=home|house|building|village|property|office|mosque|church|school  recip=poss,obj
17.admin             172   v:impose|declare|introduce|enforce  obj=curfew|lockdown|restriction|emergency|rule|law|ban  recip=on,in
17.curfew            1723  v:impose|declare|enforce  obj=curfew  recip=on,in
17.emergency         1724  v:declare|impose  obj=emergency|law  with=emergency|martial  recip=in,on
17.ban.party         1722  v:ban|outlaw|proscribe|dissolve|disband|prohibit  with=party|organization|organisation|group|movement|opposition|politician|candidate  recip=obj
17.ban.outlaw        1722  v:outlaw|proscribe|dissolve  recip=obj
17.restrict          1721  v:restrict|limit|curb|ban|censor|block  with=movement|travel|access|freedom|internet|media|press|speech|website|assembly  recip=poss,obj,on
17.arrest            173   v:arrest|detain|apprehend|jail|imprison|charge|indict|prosecute|kidnap|abduct|capture|round|seize|nab  without=property|asset|ship|vessel|tanker|cargo|land|weapon|territory|town|city|village|control|power|initiative|opportunity|moment|attention|imagination  recip=obj
17.arrest.n          173   n:arrest|detention|imprisonment|indictment|prosecution|kidnapping|abduction|capture  recip=of,poss
17.expel.people      174   v:expel|deport|banish|exile|evict  recip=obj
17.expel.people.n    174   n:deportation|expulsion|eviction  recip=of
17.repress           175   v:suppress|repress|crush|quell|disperse|break|crack  recip=obj,on
17.crackdown.n       175   n:crackdown|repression|suppression  recip=on,against
17.crack.down        175   v:crack  prt=down  recip=on
17.cyber  170     n:cyberattack|cyber-attack|hack|hacking  recip=on,against
17.cyber.v  170     v:hack|breach  with=network|system|server|email|account|computer|database  recip=poss,obj
17.set.fire          1712  v:set  obj=fire  recip=to
17.prevent           170   v:prevent|stop|block|bar  with=demonstration|protest|rally|march|protester|vote  recip=poss,obj conf=0.6
17.confiscate        1711  v:confiscate|impound|expropriate|nationalize|nationalise  recip=poss,from,obj
17.martial.extend    1724  v:extend|prolong|impose|declare|enforce  with=martial|emergency  recip=in,on
17.misinfo           170   n:misinformation|disinformation|propaganda  recip=against,about,on,at
17.fake.news         170   n:news|information|campaign|operation  with=fake|false|coordinated|influence|disinformation  recip=against,about,at
17.shutdown          1721  n:shutdown|blackout|censorship|crackdown  with=internet|media|communication|press|online|social|network|phone  recip=in,on
17.suspend.media     1721  v:suspend|block|ban|shut|restrict|throttle|censor|tighten|curb|close  with=internet|media|platform|website|network|newspaper|broadcaster|facebook|twitter|site|app|freedom|press|journalist|screw  recip=in,on,poss
17.cyber.attack      170   n:attack|assault|intrusion|breach  with=cyber|hacker|hacking|ransomware|malware|ddos|online  recip=on,against,at
17.hackers           170   v:target|hit|attack|breach|infiltrate|hack|disable  with=hacker|cyber|ransomware|malware|cyberattack|network|server|computer|system  recip=obj,poss
17.ban.group         1722  v:ban|outlaw|proscribe|dissolve|shut|close  with=ngo|ngos|group|organization|organisation|party|association|union|charity  recip=obj,poss
