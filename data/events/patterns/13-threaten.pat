# CAMEO 13 THREATEN (PLOVER THREATEN). "threaten to X" composes with X.
13.threaten          130   v:threaten|menace  wrap=threaten recip=obj,iobj,against
13.threat.n          130   n:threat|warning  with=issue|make|deliver|renew  recip=against,to
13.warn.of           130   v:warn  prep=of|that  recip=obj,iobj conf=0.65
13.nonforce          131   v:threaten  with=cut|reduce|halt|stop|suspend  recip=obj
13.aid.cut           1311  v:threaten  with=aid|assistance  recip=obj
13.sanctions         1312  v:threaten  with=sanction|embargo|boycott|tariff  recip=obj,on,against
13.relations         1313  v:threaten  with=relation|tie|ambassador  recip=obj
13.admin             132   v:threaten  with=ban|restriction|curfew|arrest|prosecution|prosecute  recip=obj
13.dissent           133   v:threaten  with=protest|strike|demonstration|boycott  recip=obj
13.talks             134   v:threaten  with=talk|negotiation  recip=obj
13.mediation         135   v:threaten  with=mediation  recip=obj
13.intl              136   v:threaten  with=expel|expulsion|inspector|observer|mission  recip=obj
13.repress           137   v:threaten  with=crackdown|force|repression  recip=obj
13.force             138   v:threaten  with=attack|strike|war|invade|invasion|bomb|military|force|retaliation|retaliate|respond|response|consequence  recip=obj,against
13.blockade          1381  v:threaten  with=blockade  recip=obj
13.occupy            1382  v:threaten  with=occupy|occupation|annex|annexation|seize  recip=obj
13.unconv            1383  v:threaten  with=terror|kill|bomb|bombing  recip=obj
13.conv              1384  v:threaten  with=airstrike|strike|missile|shell|invade  recip=obj
13.wmd               1385  v:threaten  with=nuclear|chemical|biological  recip=obj
13.ultimatum         139   n:ultimatum  with=issue|give|deliver  recip=to,iobj
13.restrict          132   v:threaten|vow  with=restrict|ban|close|block|blockade|arrest|arrests|shut  recip=obj
13.warn.consequence  138   n:consequence|retaliation|reprisal|response  with=warn|threaten|face|severe|serious|dire  recip=for,against,on
