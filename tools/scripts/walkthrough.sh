#!/usr/bin/env bash
# From enrolment to a decision, with curl, against running services (npm start, or npm run start:prod).
# Every command here is the one the README shows; run it whole or paste it step by step.
set -euo pipefail
E=${EMPLOYERS:-http://127.0.0.1:3001} O=${OFFERS:-http://127.0.0.1:3002}
A=${APPLICATIONS:-http://127.0.0.1:3003} D=${DECISIONS:-http://127.0.0.1:3004}
PLACE=${PLACE:-OUTSIDE_CANADA}
json=(-sS -H 'content-type: application/json')
as_employer=(-H 'x-actor-id: ada@maple-robotics.example' -H 'x-actor-role: employer')
as_applicant=(-H 'x-actor-id: priya.sharma' -H 'x-actor-role: applicant')
as_officer=(-H 'x-actor-id: officer-17' -H 'x-actor-role: officer')
day() { date -u -d "+$1 days" +%F; }
retry() { for _ in $(seq 1 50); do out=$("$@") && [[ -n $out && $out != *'"status":4'* ]] && { echo "$out"; return; }; sleep 0.2; done; echo "$out"; return 1; }

BN=${BN:-$(( 100000000 + RANDOM * 1000 + RANDOM % 1000 ))}
ADDRESS='{"line1":"100 Queen St","city":"Ottawa","province":"ON","postalCode":"K1A 0B1"}'
EMPLOYER_ID=$(curl "${json[@]}" "${as_employer[@]}" -X POST "$E/employers" -d '{
  "businessNumber":"'"$BN"'","legalName":"Maple Robotics Inc.","operatingName":"Maple Robotics",
  "businessType":"CORPORATION","physicalAddress":'"$ADDRESS"',"mailingAddress":'"$ADDRESS"',
  "phone":"613-555-0100","email":"hiring@maple-robotics.example",
  "primaryContact":{"name":"Ada Tremblay","email":"ada@maple-robotics.example","phone":"613-555-0101"}}' | jq -r .employerId)
echo "1. employer enrolled: $EMPLOYER_ID"

CANDIDATE='{"familyName":"Sharma","givenNames":"Priya","dateOfBirth":"1990-04-12","countryOfBirth":"IND",
  "citizenship":"IND","passportNumber":"Z1234567","passportExpiry":"'"$(day 1800)"'"}'
OFFER_ID=$(curl "${json[@]}" "${as_employer[@]}" -X POST "$O/offers" -d '{
  "employerId":"'"$EMPLOYER_ID"'","exemptionCode":"C10","candidate":'"$CANDIDATE"',
  "job":{"title":"Robotics software engineer","nocCode":"21231","duties":"Design and test robot control software.",
         "hoursPerWeek":37.5,"wage":{"amount":52.5,"currency":"CAD","unit":"HOUR"},
         "workLocations":[{"city":"Toronto","province":"ON"}],"startDate":"'"$(day 60)"'","durationMonths":24}}' | jq -r .offerId)
echo "2. offer drafted: $OFFER_ID"

curl "${json[@]}" "${as_employer[@]}" -X POST "$O/offers/$OFFER_ID/compliance-fee" \
  -d '{"amount":230,"currency":"CAD","paymentReference":"PAY-0001"}' >/dev/null
OFFER_NUMBER=$(retry curl "${json[@]}" "${as_employer[@]}" -X POST "$O/offers/$OFFER_ID/submission" -d '{}' | jq -r .offerNumber)
echo "3. fee paid, offer submitted: offer of employment number $OFFER_NUMBER"

APPLICATION=$(curl "${json[@]}" "${as_applicant[@]}" -X POST "$A/applications" -d '{
  "offerNumber":"'"$OFFER_NUMBER"'","applicant":'"$CANDIDATE"',"placeOfApplication":"'"$PLACE"'",
  "fees":{"workPermit":155,"biometrics":85,"currency":"CAD"}}')
APPLICATION_NUMBER=$(jq -r .applicationNumber <<<"$APPLICATION")
echo "4. work permit application received: $APPLICATION_NUMBER"

CASE_ID=$(retry curl -fsS "$D/cases/by-application/$APPLICATION_NUMBER" | jq -r .caseId)
for _ in $(seq 1 50); do
  PENDING=$(curl -sS "$D/cases/$CASE_ID/explanation" | jq '[.checks[] | select(.status != "PASSED")] | length')
  [[ $PENDING == 0 ]] && break; sleep 0.2
done
echo "5. case $CASE_ID opened; checks:"
curl -sS "$D/cases/$CASE_ID/explanation" | jq -c '.checks[] | {check, status}'

curl "${json[@]}" "${as_officer[@]}" -X POST "$D/cases/$CASE_ID/assignment" -d '{}' >/dev/null
curl "${json[@]}" "${as_officer[@]}" -X POST "$D/cases/$CASE_ID/approval" \
  -d '{"validFrom":"'"$(day 30)"'","validUntil":"'"$(day 760)"'"}' | jq -c '{outcome}'
echo "6. approved by officer-17"

retry curl -fsS "$A/applications/$(jq -r .applicationId <<<"$APPLICATION")" | jq -c '{applicationNumber, status}'
curl -sS "$O/offers/$OFFER_ID/history" | jq -c '.events[] | {type, actor: .actor.id, recordedAt}'
