package forms

// advancedPages: call limits, phone numbers, SIP and answering-machine
// detection.
func advancedPages() []page {
	sip := "telephony.outbound_sip."
	return []page{
		{title: "Call limits", paths: []string{"limits.concurrency", "limits.daily_calls"}},
		{title: "Numbers and lines", paths: []string{
			"telephony.phone_number_ids", "telephony.sip_trunk_ids", "telephony.inbound_number",
			"telephony.machine_detection",
		}},
		{title: "Outbound SIP account", paths: []string{
			sip + "server", sip + "auth_user", sip + "password", sip + "domain",
			sip + "from_user", sip + "display_name", sip + "transport",
		}},
	}
}
