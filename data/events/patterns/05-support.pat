# CAMEO 05 ENGAGE IN DIPLOMATIC COOPERATION (PLOVER SUPPORT).
05.cooperate.dip     050   v:cooperate|collaborate|coordinate|partner  without=economic|military|intelligence|trade  recip=with mutual conf=0.7
05.praise            051   v:praise|commend|hail|laud|applaud|endorse|welcome|salute|congratulate|thank|celebrate  recip=obj,for
05.praise.n          051   n:praise|congratulation|congratulations|endorsement  recip=for,to
05.defend            052   v:defend|back|support|champion  without=troop|rebel|economy|down|off|away|out  recip=obj conf=0.7
05.defend.verbal     052   v:speak|stand|side  prep=for|with|up  recip=for,with
05.rally             053   v:rally  prep=behind|around  recip=behind,around
05.recognize         054   v:recognize|recognise|acknowledge  with=independence|sovereignty|government|state|statehood  recip=obj
05.recognition.n     054   n:recognition  recip=of
05.apologize         055   v:apologize|apologise|regret  recip=to,for
05.apology.n         055   n:apology  recip=to
05.forgive           056   v:forgive|pardon|absolve  recip=obj
05.sign              057   v:sign|conclude|ink|seal|finalize|finalise|ratify  with=agreement|deal|treaty|accord|pact|memorandum|declaration|communique|protocol|charter|contract|convention  recip=with mutual
05.agreement.n       057   n:agreement|deal|treaty|accord|pact|memorandum  with=sign|signing|conclude|reach|strike  recip=with,between mutual
05.reach.deal        057   v:reach|strike|clinch|forge|broker  obj=agreement|deal|accord|compromise|understanding|consensus  recip=with mutual
05.relations         050   v:restore|establish|normalize|normalise|resume|upgrade  obj=relation|tie|link|relationship  recip=with mutual
05.solidarity        051   v:express|voice|show  obj=solidarity|sympathy|condolence|gratitude|appreciation  recip=with,to,for
05.express.support   052   v:express|voice|declare|reaffirm|pledge  obj=support|backing|respect|approval|admiration|appreciation  recip=for,to,of
05.approve.policy    051   v:approve|welcome|endorse|back  with=policy|plan|decision|effort|action|move|step|reform|initiative|handling|stance  recip=poss,of,obj
05.ties.expand       050   v:expand|improve|deepen|strengthen|upgrade|boost  with=tie|relation|cooperation|relationship|link  recip=with,between mutual
05.mutual.respect    051   n:respect|admiration|friendship|trust|goodwill  with=mutual|express|affirm|reaffirm  recip=for,to,between mutual
