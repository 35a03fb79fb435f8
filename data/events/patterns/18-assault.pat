# CAMEO 18 ASSAULT (PLOVER ASSAULT).
18.assault           180   v:assault|beat|torture|abuse|lynch|stab|shoot  without=down|missile|rocket|drone|artillery|shell|jet|plane|aircraft|balloon  recip=obj,at
18.abduct            181   v:abduct|kidnap|hijack|take  with=hostage|captive  recip=obj
18.abduct.n          181   n:kidnapping|abduction|hijacking|hostage-taking  recip=of
18.hostage           181   v:take|hold|seize  obj=hostage  recip=poss
18.beat              182   v:beat|torture|assault|rape|stab|whip|flog|maim  recip=obj
18.sexual            1821  v:rape  recip=obj
18.torture           1822  v:torture  recip=obj
18.torture.n         1822  n:torture  recip=of
18.kill              1823  v:kill|murder|slay|execute|behead  without=missile|rocket|airstrike|drone|artillery|shelling|bomb|explosion|blast  recip=obj
18.killing.n         1823  n:killing|murder|execution|massacre  recip=of
18.bomb              183   v:bomb|blow  recip=obj,in,at
18.bombing.n         183   n:bombing|explosion|blast|attack  with=suicide|car|bomb|bomber|ied|roadside|truck  recip=in,on,at,against
18.suicide           1831  n:bomber|bombing|attack  with=suicide  recip=in,at,on
18.vehicle           1832  n:bomb|bombing  with=car|truck|vehicle  recip=in,at,on
18.roadside          1833  n:bomb|device|ied  with=roadside|improvised  recip=in,at,on
18.location          183   n:bombing|blast|explosion  with=market|mosque|church|school|hospital|bus|station  recip=in,at,on
18.shield            184   v:use  obj=shield  with=human  recip=obj
18.assassinate       186   v:assassinate|poison  recip=obj
18.assassination.n   186   n:assassination|poisoning  recip=of,poss
18.attempt           185   n:attempt  with=assassination|coup|murder  recip=on,against
18.attack            180   v:attack|ambush|raid|storm|target|hit|strike  without=sanction|embargo|deal|agreement|balance|chord|criticism|back|record|high|low|note|tone  recip=obj,on conf=0.7
18.attack.n          180   n:attack|raid|ambush|assault|incursion|offensive|onslaught  recip=on,against,in,at
